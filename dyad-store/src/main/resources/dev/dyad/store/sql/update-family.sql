UPDATE documents SET family_id = ? WHERE doc_id = ?
