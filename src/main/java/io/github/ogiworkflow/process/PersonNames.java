package io.github.ogiworkflow.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * 姓名 of staff as pages name them, family name first. Admin labels the first name 姓 and the
 * last name 名 (the webapps print "first last"); seeded users carry the whole name as first name.
 * So the name is first then last, either way; the user id where there is none.
 */
public final class PersonNames {

  private PersonNames() {}

  public static String of(User user) {
    String name = (Objects.toString(user.getFirstName(), "")
        + Objects.toString(user.getLastName(), "")).trim();
    return name.isEmpty() ? user.getId() : name;
  }

  /** By user id, in one query; an unknown id keeps no entry. */
  public static Map<String, String> of(IdentityService identity, Collection<String> ids) {
    Map<String, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      for (User user : identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()) {
        names.put(user.getId(), of(user));
      }
    }
    return names;
  }
}
