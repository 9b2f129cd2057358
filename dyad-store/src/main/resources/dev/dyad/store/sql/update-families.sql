UPDATE documents SET family_id = f.family_id FROM family_changes f WHERE documents.doc_id = f.doc_id
