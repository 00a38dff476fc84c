package io.github.ogiworkflow.appeal;

/** 申诉 (against the agency's handling) or 举报 (report of a violation), Art. 51. */
public enum ComplaintKind { COMPLAINT, REPORT }
