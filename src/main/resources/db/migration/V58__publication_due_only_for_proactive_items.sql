-- Art. 26 (20 working days from forming or changing the information) binds information in the
-- proactive scope only. Items drafted as 依申请公开 or 不予公开 were given a due date too, so the
-- compliance list called them late 主动公开信息 (audit round 25, F10); they have none.
UPDATE ogi_publication_item SET due_on = NULL WHERE disclosure_attribute <> 'PROACTIVE';
