-- Documents stored before their facts were kept (schema V1): the rebuild computes theirs.
SELECT doc_id FROM documents d
WHERE NOT EXISTS (SELECT 1 FROM document_signatures s WHERE s.doc_id = d.doc_id)
