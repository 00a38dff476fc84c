-- APPLICANT_LETTER_DOWNLOAD (25 characters) did not fit VARCHAR(24): every applicant's download
-- of the reply letter failed on the access log's insert and answered 500 (audit 34a F1).
ALTER TABLE ogi_file_access ALTER COLUMN action SET DATA TYPE VARCHAR(40);
