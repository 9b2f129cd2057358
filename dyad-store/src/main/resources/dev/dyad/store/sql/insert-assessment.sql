INSERT INTO assessments (assessment_id, topic, direction, actors, statement, documents,
  independent_sources)
VALUES (?, ?, ?, ?, ?, ?, ?)
