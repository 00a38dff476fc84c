-- The contact details (联系方式) of the agency responsible for information this agency does not
-- hold: with its name (responsible_agency), the reply tells the applicant both (Art. 36(五)).
ALTER TABLE ogi_info_item ADD COLUMN responsible_agency_contact VARCHAR(200);
