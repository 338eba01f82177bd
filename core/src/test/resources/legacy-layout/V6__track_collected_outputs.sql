-- When the garbage collector removed a serialization's outputs from S3; the row stays as history.
ALTER TABLE pressroom.serialization ADD COLUMN collected_at timestamptz;
