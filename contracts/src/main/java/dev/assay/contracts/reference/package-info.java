/**
 * Reference data every service reads the same way: the country table with M49 regions, UN regional groups,
 * UNEP regions and LDC/LLDC/SIDS flags.
 */
package dev.assay.contracts.reference;
