package dev.assay.report.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * The sign-in cannot start or finish because the issuer's discovery document could not be read. Not the viewer's
 * fault, and not permanent: the next sign-in tries again.
 */
final class SignInUnavailableException extends AuthenticationServiceException {

    SignInUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
