-- Which dictionary set coded each event (--dictionaries): the spec as written ("builtin",
-- "petrarch:FILE.ini", "builtin+petrarch:FILE.ini") and the set's content hash. Events stored
-- before this migration were coded with the built-in set, whose hash they did not record.
ALTER TABLE events ADD COLUMN dictionaries VARCHAR DEFAULT 'builtin';
ALTER TABLE events ADD COLUMN dictionaries_hash VARCHAR DEFAULT '';
