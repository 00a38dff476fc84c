package io.github.ogiworkflow.appeal;

import io.github.ogiworkflow.calendar.OfficeTime;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The agents and parties block of each pleading (ogi_appeal_pleading_block, its only writer;
 * ADR 0073): what leadership approved with a pleading's text, so the pleading is issued naming
 * exactly those 委托代理人 and further parties, whatever another pleading's draft of the same
 * proceeding enters meanwhile (the letter that was approved). The joined 答辩状's draft is kept
 * here too, apart from the row's own (ogi_appeal's agent columns, ogi_appeal_party).
 */
@Repository("pleadingBlocks")
public class PleadingBlocks {

  /** Which pleading of an appeal row. */
  public enum Document {
    /** The row's own answer: 行政复议答复书, 答辩状 or the agency's 行政上诉状. */
    ANSWER,
    /** The 答辩状 to the plaintiff's appeal joined to the agency's second instance (ADR 0066). */
    JOINED_DEFENCE
  }

  enum Stage { DRAFTED, APPROVED }

  /** The agency's agents and the further parties a pleading names. */
  public record Block(List<AppealRegister.Agent> agents, AppealParties.Parties parties) {
    /** No agents, no further parties (a complaint's answer). */
    public static final Block NONE = new Block(List.of(), AppealParties.Parties.NONE);

    public Block {
      agents = List.copyOf(agents);
    }
  }

  private final JdbcTemplate jdbc;

  public PleadingBlocks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The joined 答辩状's draft block, replacing an earlier draft (a send-back's re-draft). */
  public void recordDraft(long appealId, Document document, Block block) {
    write(appealId, document, Stage.DRAFTED, block);
  }

  /** The draft block of {@code document}, if one was recorded. */
  public Optional<Block> draft(long appealId, Document document) {
    return read(appealId, document, Stage.DRAFTED);
  }

  /** Leadership approved {@code document} with {@code block}; a later approval replaces it. */
  public void recordApproved(long appealId, Document document, Block block) {
    write(appealId, document, Stage.APPROVED, block);
  }

  /** The block approved with {@code document}; empty for a pleading approved before V52. */
  public Optional<Block> approved(long appealId, Document document) {
    return read(appealId, document, Stage.APPROVED);
  }

  private void write(long appealId, Document document, Stage stage, Block block) {
    if (block.agents().size() > AppealRegister.MAX_AGENTS) {
      throw new IllegalArgumentException("At most " + AppealRegister.MAX_AGENTS + " agents");
    }
    AppealRegister.Agent first = block.agents().isEmpty() ? null : block.agents().get(0);
    AppealRegister.Agent second = block.agents().size() < 2 ? null : block.agents().get(1);
    jdbc.update("DELETE FROM ogi_appeal_pleading_block WHERE appeal_id = ? AND document = ?"
        + " AND stage = ?", appealId, document.name(), stage.name());
    jdbc.update("INSERT INTO ogi_appeal_pleading_block (appeal_id, document, stage, agent1_name,"
        + " agent1_position, agent2_name, agent2_position, co_appellants, third_parties,"
        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", appealId, document.name(),
        stage.name(), first == null ? null : first.name(), first == null ? null : first.position(),
        second == null ? null : second.name(), second == null ? null : second.position(),
        lines(block.parties().coAppellants()), lines(block.parties().thirdParties()),
        Timestamp.from(OfficeTime.now()));
  }

  private Optional<Block> read(long appealId, Document document, Stage stage) {
    return jdbc.query("SELECT agent1_name, agent1_position, agent2_name, agent2_position,"
        + " co_appellants, third_parties FROM ogi_appeal_pleading_block WHERE appeal_id = ?"
        + " AND document = ? AND stage = ?", (rs, row) -> {
          List<AppealRegister.Agent> agents = new ArrayList<>();
          for (int i = 1; i <= 3; i += 2) {
            if (rs.getString(i) != null) {
              agents.add(new AppealRegister.Agent(rs.getString(i), rs.getString(i + 1)));
            }
          }
          return new Block(agents, new AppealParties.Parties(names(rs.getString(5)),
              names(rs.getString(6))));
        }, appealId, document.name(), stage.name()).stream().findFirst();
  }

  private static String lines(List<String> names) {
    return names.isEmpty() ? null : String.join("\n", names);
  }

  private static List<String> names(String lines) {
    return lines == null || lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"));
  }
}
