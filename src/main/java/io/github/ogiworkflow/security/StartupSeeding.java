package io.github.ogiworkflow.security;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** Seeds people, authorizations and filters once the engine is up, before the web server is. */
@Component
class StartupSeeding implements SmartInitializingSingleton {

  private final AccessSeeder accessSeeder;
  private final TasklistFilterSeeder filterSeeder;

  StartupSeeding(AccessSeeder accessSeeder, TasklistFilterSeeder filterSeeder) {
    this.accessSeeder = accessSeeder;
    this.filterSeeder = filterSeeder;
  }

  @Override
  public void afterSingletonsInstantiated() {
    accessSeeder.seed();
    filterSeeder.seed();
  }
}
