SELECT doc_id, seq, uri, published FROM documents WHERE seq BETWEEN ? AND ? ORDER BY seq
