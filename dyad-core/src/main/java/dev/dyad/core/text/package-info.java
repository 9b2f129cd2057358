/**
 * Text: sentences, tokens and tags. NLP libraries live behind the small interfaces here so that
 * stages never import OpenNLP types and a faster implementation can replace one without touching
 * its callers.
 */
package dev.dyad.core.text;
