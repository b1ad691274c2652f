package io.vpcplan.cost;

/**
 * A count over its quota: the quota key, the worst subject and its value, the limit in force,
 * how many subjects exceed it, and whether raising the quota could fix it.
 */
public record QuotaViolation(String quota, String subject, long actual, double limit, long subjectsOver,
    boolean beyondMaximum, String message) {}
