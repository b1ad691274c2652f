package io.vpcplan.inventory;

import io.vpcplan.finding.Finding;
import java.util.List;

/** What the readers of one LZA network-config share: findings, accounts, prefix lists, IPAM pools. */
record LzaContext(List<Finding> findings, LzaOrg org, LzaPrefixLists prefixLists, LzaIpam ipam) {}
