package io.vpcplan.inventory;

/** The file an element came from and the account and region its folders (or flags) name. */
record FileContext(String file, String account, String region) {}
