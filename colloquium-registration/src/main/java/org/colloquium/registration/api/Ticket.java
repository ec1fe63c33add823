package org.colloquium.registration.api;

import java.io.Serializable;

/**
 * A confirmed in-person registrant's ticket: the signed code and its QR code as SVG markup (made by
 * the server from the code alone, safe to put in a page as it is).
 */
public record Ticket(String code, String qrSvg) implements Serializable {}
