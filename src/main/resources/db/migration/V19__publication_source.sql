-- 5.3 (要求提供公开出版物): where and how the applicant can obtain the publication, entered by the
-- office with the 不予处理 finding at the completeness check; the reply tells the applicant
-- (Art. 39(2): 可以告知获取的途径). Null for every other outcome and for earlier cases.
ALTER TABLE ogi_case ADD COLUMN publication_source VARCHAR(1000);
