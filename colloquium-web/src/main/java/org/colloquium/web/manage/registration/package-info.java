/**
 * The organisers' registration pages: the settings ({@code SetUpRegistration}, form {@code
 * RegistrationSetupFields}) and the registrants with their counts, approvals, rejections and manual
 * additions ({@code ManageRegistrants}).
 */
package org.colloquium.web.manage.registration;
