package io.github.ogiworkflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring configuration of all HTTP integration tests: the real app on a random port, demo
 * accounts, an in-memory H2 database. Sharing it lets Spring start the context once for all.
 * The job executor is off so tests decide when jobs run; no demo cases are seeded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:ogi-it;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      // Tests move removal times themselves (retention/RemovalTimes), not the evening run.
      "ogi.retention.removal-times.enabled=false",
      // Tests count cases: the demo cases (demo/DemoCases) stay out.
      "ogi.demo.cases.enabled=false",
      // The tests submit hundreds of applications under one identity number (default 10 a day,
      // ADR 0175): set high, not off, so every submission still runs the check;
      // publicapi/DailySubmissionLimitIT lowers it for its own test.
      "ogi.public.daily-limit-per-identity=1000000000"
    })
@ActiveProfiles("demo")
public @interface IntegrationTest {}
