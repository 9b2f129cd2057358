/**
 * Helpers shared by several packages of dyad-core. Public only so that those packages can reach
 * them; not part of Dyad's API, and they may change without notice.
 */
package dev.dyad.core.internal;
