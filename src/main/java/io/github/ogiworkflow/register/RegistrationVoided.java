package io.github.ogiworkflow.register;

import org.camunda.bpm.engine.ProcessEngineServices;

/**
 * A registration was voided as made in error (ADR 0119), published in the void's transaction
 * after the register row says VOIDED: what depends on the applicant's other requests of the
 * month (the per-request fee scale, ADR 0184) looks again. {@code engine} is the engine that
 * runs the void, for the running cases it marks.
 */
public record RegistrationVoided(String trackingNumber, ProcessEngineServices engine) {}
