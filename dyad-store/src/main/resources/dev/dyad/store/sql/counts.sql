SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences), (SELECT count(*) FROM events),
  (SELECT count(*) FROM claims), (SELECT count(*) FROM assessments)
