package dev.assay.intake.email;

import jakarta.validation.constraints.NotBlank;

/**
 * One known sender as configured: an address ({@code focal.point@env.gov.xx}) or a domain pattern
 * ({@code *@env.gov.xx} for that domain, {@code *@*.gov.xx} for every domain under it), and who mail from there
 * comes from.
 *
 * @param address      address or pattern, case-insensitive
 * @param country      ISO 3166-1 alpha-2 code; required for member-state and focal-point
 * @param type         submitter type id ({@code focal-point} when not given)
 * @param organisation ministry or organisation, optional
 */
public record FocalPoint(@NotBlank String address, String country, String type, String organisation) {
}
