-- The agents and parties block of each pleading as leadership approved it (ADR 0073, audit F2):
-- the letter that was approved is the one issued. One row per pleading and stage:
--   document ANSWER: the row's own answer, 答辩状 or 行政上诉状 (ogi_appeal.answer_text);
--            JOINED_DEFENCE: the 答辩状 to the plaintiff's appeal joined to the agency's second
--            instance (ADR 0066, ogi_appeal.plaintiff_appeal_answer_text).
--   stage DRAFTED: the JOINED_DEFENCE's draft (its own; the ANSWER's draft is ogi_appeal's
--            agent columns and ogi_appeal_party, as before);
--         APPROVED: frozen with leadership's approval (a later approval replaces it); the
--            pleading is printed from it when submitted. A pleading approved before V52 has
--            none and prints from the current register, as before.
-- Parties are one name a line, as checked (共同申请人/共同原告, 第三人; ADR 0063); NULL: none.
CREATE TABLE ogi_appeal_pleading_block (
  appeal_id        BIGINT        NOT NULL REFERENCES ogi_appeal (id),
  document         VARCHAR(20)   NOT NULL,
  stage            VARCHAR(10)   NOT NULL,
  agent1_name      VARCHAR(50),
  agent1_position  VARCHAR(100),
  agent2_name      VARCHAR(50),
  agent2_position  VARCHAR(100),
  co_appellants    VARCHAR(4000),
  third_parties    VARCHAR(4000),
  recorded_at      TIMESTAMP     NOT NULL,
  PRIMARY KEY (appeal_id, document, stage)
);
