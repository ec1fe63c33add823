/**
 * The automatic draft of a programme: contributions placed in blocks and rooms by Timefold Solver,
 * with every remaining violation explained. Pure: no CDI, no JPA. The application reads a {@link
 * org.colloquium.programme.domain.draft.DraftProblem} from the database, calls {@link
 * org.colloquium.programme.domain.draft.AutomaticDraft#solve} in a background job and turns the
 * {@link org.colloquium.programme.domain.draft.DraftResult} into sessions, translating each
 * warning's kind for the organisers.
 *
 * <p>Model: a slot is a block in a room, and one session. Each contribution is assigned a slot (or
 * none: a contribution left out costs a medium point, less than any broken rule, so a problem
 * without a full solution still gives the best partial draft and says why each one is out). The
 * contributions of a slot run one after another, by track and then by id. Hard rules: no speaker in
 * two places at once, no speaker when unavailable, no room when unavailable, a session no longer
 * than its block, no audience larger than its room, pins kept. Soft wishes and their weights are in
 * {@code DraftConstraints}.
 *
 * <p>In WildFly: the solver is configured in code (no XML, no Quarkus or Spring), with {@code
 * DomainAccessType.REFLECTION} set explicitly so that Timefold reads and writes the domain classes
 * by reflection rather than generating accessor classes (Gizmo) into a class loader of its own,
 * which JBoss Modules' class loading in an EAR does not allow; and with this package's class loader
 * passed to the solver configuration, so that it resolves the domain classes from the deployment
 * and not from the Timefold module.
 */
package org.colloquium.programme.domain.draft;
