/**
 * Use cases of submissions: authors create, edit, submit and withdraw them and attach their PDF;
 * authors and organisers read them. Each service method is one transaction and checks the actor's
 * rights first.
 */
package org.colloquium.submissions.application;
