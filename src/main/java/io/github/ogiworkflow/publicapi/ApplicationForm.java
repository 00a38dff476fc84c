package io.github.ogiworkflow.publicapi;

/** An online application as submitted (normalized: trimmed, empty optional fields null). */
record ApplicationForm(
    String applicantType, String applicantName, String idType, String idNumber,
    String contactPhone, String contactEmail, String contactAddress, String description,
    String deliveryForm, String deliveryMethod) {}
