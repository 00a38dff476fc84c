package io.github.ogiworkflow.appeal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The further parties of each appeal (ogi_appeal_party, its only writer; ADR 0063): the
 * applicants or plaintiffs who filed together with the appellant {@code ogi_appeal} names
 * (共同申请人, 共同原告) and the 第三人 who joined. The pleadings name them; the annual report
 * counts appeals, not parties, and never reads them.
 */
@Repository("appealParties")
public class AppealParties {

  /** A further party's place in the appeal. */
  public enum Role {
    /** Filed together with the appellant: 申请人 / 原告 in the pleading. */
    CO_APPELLANT,
    /** Joined the reconsideration or suit: 第三人 (ARL 2023 Art. 16, ALL Art. 29). */
    THIRD_PARTY
  }

  /** The further parties of one appeal, each list in the order legal entered it. */
  public record Parties(List<String> coAppellants, List<String> thirdParties) {
    public static final Parties NONE = new Parties(List.of(), List.of());

    public Parties {
      coAppellants = List.copyOf(coAppellants);
      thirdParties = List.copyOf(thirdParties);
    }

    /** How many other parties they are, besides the appellant on the appeal row. */
    public int count() {
      return coAppellants.size() + thirdParties.size();
    }
  }

  private final JdbcTemplate jdbc;

  public AppealParties(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the further parties of {@code appealId} with {@code parties} (checked before). */
  public void record(long appealId, Parties parties) {
    jdbc.update("DELETE FROM ogi_appeal_party WHERE appeal_id = ?", appealId);
    insert(appealId, Role.CO_APPELLANT, parties.coAppellants());
    insert(appealId, Role.THIRD_PARTY, parties.thirdParties());
  }

  private void insert(long appealId, Role role, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      jdbc.update("INSERT INTO ogi_appeal_party (appeal_id, role, position, name)"
          + " VALUES (?, ?, ?, ?)", appealId, role.name(), i + 1, names.get(i));
    }
  }

  /** The further parties recorded for {@code appealId}; none for an appeal recorded before. */
  public Parties of(long appealId) {
    List<String> coAppellants = new ArrayList<>();
    List<String> thirdParties = new ArrayList<>();
    jdbc.query("SELECT role, name FROM ogi_appeal_party WHERE appeal_id = ?"
        + " ORDER BY role, position", rs -> {
          (Role.valueOf(rs.getString(1)) == Role.CO_APPELLANT ? coAppellants : thirdParties)
              .add(rs.getString(2));
        }, appealId);
    return new Parties(coAppellants, thirdParties);
  }

  /** A second instance goes on between the same parties: the first's are copied to it. */
  public void copy(long fromAppealId, long toAppealId) {
    record(toAppealId, of(fromAppealId));
  }
}
