package io.github.ogiworkflow.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Accounts seeded at start. {@code adminPassword} comes from {@code OGI_ADMIN_PASSWORD} outside
 * the demo profile; demo users (with passwords) are configured only in {@code
 * application-demo.yaml}.
 */
@ConfigurationProperties("ogi.people")
public record PeopleProperties(String adminPassword, List<DemoUser> demoUsers) {

  public static final String ADMIN_USER_ID = "admin";

  public PeopleProperties {
    demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
  }

  /** A demo account: Chinese family and given name, one or more group ids. */
  public record DemoUser(
      String id, String lastName, String firstName, String email, String password,
      List<String> groups) {}
}
