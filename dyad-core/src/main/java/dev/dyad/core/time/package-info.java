/** Time: publication dates from metadata and text, and (later) event dates. */
package dev.dyad.core.time;
