package io.github.ogiworkflow.appeal;

/** 决定是否上诉: the agency's choice after a first-instance correction (ALL Art. 85). */
public enum AgencyAppealDecision { APPEAL, NO_APPEAL }
