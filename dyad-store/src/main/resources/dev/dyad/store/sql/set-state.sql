INSERT OR REPLACE INTO store_state (key, value) VALUES (?, ?)
