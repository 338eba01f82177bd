-- Pressroom's own test data, written the way APT's fixture_data/testData.sql is (not a copy of it): run with
-- psql on a connection whose search_path is apt, with psql variables for the Cognito subjects, as APT's setup.sh
-- does. Unqualified names, composite mechanisms from ROW(), jsonb literals into json columns, text[] roles,
-- jsonb[] reviewers and keywords, review threads and comments.
INSERT INTO contacts (first_name, last_name, mechanisms)
SELECT 'Rosalind', 'Franklin', ARRAY[ROW ('Email', 'rosalind@example.org'), ROW ('Twitter', '@rosalind')]::contact_mechanism[];

INSERT INTO contacts (first_name, middle_name, last_name, mechanisms)
SELECT 'Alfred', 'R.', 'Wegener', ARRAY[ROW ('Telephone', '+49 30 1234')]::contact_mechanism[];

INSERT INTO atbds (title, alias, created_by, last_updated_by)
  VALUES ('Continental drift from space', 'continental-drift', :'owner_sub', :'owner_sub');

INSERT INTO atbd_versions (atbd_id, created_by, "owner", authors, reviewers, last_updated_by, major, minor, document, citation, keywords, status)
  VALUES (1, :'owner_sub', :'owner_sub', ARRAY[:'author_sub']::text[],
    ARRAY[jsonb_object(ARRAY['sub', :'reviewer_sub', 'review_status', 'IN_PROGRESS']::text[])]::jsonb[], :'owner_sub', 1, 2,
    '{"introduction": {"children": [{"type": "p", "children": [{"text": "Plates move a few centimetres a year."}]}]},
      "key_points": "Drift is measurable", "publication_references": []}'::jsonb,
    '{"creators": "Wegener, A.", "title": "Continental drift from space", "version": "1"}'::jsonb,
    ARRAY[jsonb_object(ARRAY['id', 'label'], ARRAY['1', 'SOLID EARTH'])::jsonb]::jsonb[], 'PUBLISHED');

INSERT INTO atbd_versions (atbd_id, created_by, "owner", last_updated_by, major, minor, document, status)
  VALUES (1, :'owner_sub', :'owner_sub', :'owner_sub', 2, 0,
    '{"introduction": {"children": [{"type": "p", "children": [{"text": "A second major version."}]}]}}'::jsonb, 'DRAFT');

INSERT INTO atbd_versions_contacts (atbd_id, major, contact_id, roles, affiliations)
  VALUES (1, 1, 1, ARRAY['Writing – original draft', 'Data curation']::text[], ARRAY['King''s College London']::text[]);

INSERT INTO atbd_versions_contacts (atbd_id, major, contact_id)
  VALUES (1, 2, 2);

INSERT INTO threads (atbd_id, major, section, created_by, last_updated_by)
  VALUES (1, 2, 'introduction', :'reviewer_sub', :'reviewer_sub');

INSERT INTO comments (thread_id, created_by, last_updated_by, body)
  VALUES (1, :'reviewer_sub', :'reviewer_sub', 'Which plates?');
