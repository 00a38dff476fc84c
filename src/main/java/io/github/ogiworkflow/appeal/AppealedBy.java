package io.github.ogiworkflow.appeal;

/** Who appealed a first-instance judgment to the higher court (上诉). */
public enum AppealedBy { AGENCY, APPLICANT }
