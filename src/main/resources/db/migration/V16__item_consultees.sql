-- Who a consultation letter goes to (its 主送): the third party whose rights an item touches
-- (Art. 32) and the agency that made it with us (Art. 34), as the office names them per item.
ALTER TABLE ogi_info_item ADD COLUMN third_party_name VARCHAR(200);
ALTER TABLE ogi_info_item ADD COLUMN other_agency_name VARCHAR(200);
