SELECT doc_id, uri, published FROM documents ORDER BY seq
