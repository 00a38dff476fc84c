-- A year's holiday notice (国务院办公厅关于节假日安排的通知) added while the app runs, by upload or
-- from the holiday directory (ADR 0141, audit 33b F1, F2). Every node reads it at its first
-- calendar use and then at most every ogi.calendar.refresh-interval, so all nodes count on the
-- same calendar and a restart keeps the year. The row is inserted in the transaction that counts
-- the open deadlines again: the primary key serializes two adds of one year on any node, and a
-- year that has its row was counted again once and is never counted again.
-- Written only by holidaynotice/StoredHolidayNotices.
CREATE TABLE ogi_holiday_notice (
  notice_year INT NOT NULL PRIMARY KEY,
  content VARCHAR(20000) NOT NULL,
  source VARCHAR(500) NOT NULL,
  added_at TIMESTAMP NOT NULL
);
