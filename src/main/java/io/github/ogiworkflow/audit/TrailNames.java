package io.github.ogiworkflow.audit;

import io.github.ogiworkflow.process.PersonNames;
import io.github.ogiworkflow.process.WithoutAuthorizations;
import io.github.ogiworkflow.register.DateChangeRegister;
import io.github.ogiworkflow.register.DecisionRegister;
import io.github.ogiworkflow.register.ItemRegister;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * "王丽（wangli）" for engine users, cached per trail. A user whose account no longer exists is
 * named as the register recorded him with his reviews or decisions (ADR 0123), and marked so:
 * "刘洋（liuyang，账号已删除）", or "liuyang（账号已删除）" if the register has no name.
 */
final class TrailNames {

  /** How the trail marks a name whose account no longer exists. */
  static final String DELETED_ACCOUNT = "账号已删除";

  private final IdentityService identity;
  private final ItemRegister items;
  private final DecisionRegister decisions;
  private final DateChangeRegister dateChanges;
  private final Map<String, String> cache = new HashMap<>();

  TrailNames(IdentityService identity, ItemRegister items, DecisionRegister decisions,
      DateChangeRegister dateChanges) {
    this.identity = identity;
    this.items = items;
    this.decisions = decisions;
    this.dateChanges = dateChanges;
  }

  String of(String userId) {
    if (userId == null || userId.isBlank()) {
      return "";
    }
    return cache.computeIfAbsent(userId, id -> {
      // Whether the account exists, not whether the reader may see it.
      User user = WithoutAuthorizations.call(identity,
          () -> identity.createUserQuery().userId(id).singleResult());
      if (user == null) {
        return items.recordedName(id).or(() -> decisions.recordedName(id))
            .or(() -> dateChanges.recordedName(id))
            .filter(name -> !name.equals(id))
            .map(name -> name + "（" + id + "，" + DELETED_ACCOUNT + "）")
            .orElse(id + "（" + DELETED_ACCOUNT + "）");
      }
      String name = PersonNames.of(user);
      return name.equals(id) ? id : name + "（" + id + "）";
    });
  }

  /**
   * As {@link #of(String)}, but by the name the register recorded at the act where it did
   * (ADR 0137): a renamed account keeps the name of the day, a deleted one is marked so.
   */
  String of(String userId, String recordedName) {
    if (recordedName == null || recordedName.isBlank() || userId == null || userId.isBlank()) {
      return of(userId);
    }
    boolean deleted = of(userId).endsWith(DELETED_ACCOUNT + "）");
    return recordedName.equals(userId) ? userId + (deleted ? "（" + DELETED_ACCOUNT + "）" : "")
        : recordedName + "（" + userId + (deleted ? "，" + DELETED_ACCOUNT : "") + "）";
  }
}
