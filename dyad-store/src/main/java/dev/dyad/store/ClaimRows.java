package dev.dyad.store;

import dev.dyad.core.claims.Assessment;
import dev.dyad.core.claims.AssessmentMention;
import dev.dyad.core.claims.Claim;
import dev.dyad.core.claims.ClaimMention;
import dev.dyad.core.claims.ClaimPlacement;
import dev.dyad.core.coding.modality.Modality;
import dev.dyad.report.json.Json;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Claims and assessments to rows of their tables, every column in table order. */
final class ClaimRows {
  private ClaimRows() {}

  static final TableChanges.Rows<Claim, ClaimMention> CLAIMS =
      new TableChanges.Rows<>() {
        @Override
        public String id(Claim claim) {
          return claim.claimId();
        }

        @Override
        public List<ClaimMention> mentions(Claim claim) {
          return claim.mentions();
        }

        @Override
        public void appendItem(Appender a, Claim claim) throws SQLException {
          Map<String, Integer> profile = new LinkedHashMap<>();
          for (Map.Entry<Modality, Integer> e : claim.modalityProfile().entrySet()) {
            profile.put(e.getKey().label(), e.getValue());
          }
          Optional<ClaimPlacement> placed =
              ClaimPlacement.of(claim.mentions(), claim.firstReported());
          a.row()
              .add(claim.claimId())
              .add(claim.statement())
              .add(claim.source().code())
              .add(claim.source().name())
              .add(claim.targetCode()) // null: a claim with no target
              .add(claim.targetName())
              .add(claim.eventType().name())
              .add(claim.mode())
              .add(claim.object())
              .add(claim.status().label())
              .add(claim.documents())
              .add(claim.independentSources())
              .add(Json.write(profile))
              .add(claim.firstReported())
              .add(claim.lastReported())
              // Added by V7: where the claim is placed in time, so readers need not join mentions.
              .date(placed.map(ClaimPlacement::on))
              .add(placed.map(p -> p.basis().label()))
              .end();
        }

        @Override
        public void appendMention(Appender a, Claim claim, int ordinal, ClaimMention mention)
            throws SQLException {
          a.row()
              .add(claim.claimId())
              .add(ordinal)
              .add(mention.eventId())
              .add(mention.docId())
              .add(mention.familyId())
              .add(mention.sentenceIndex())
              .add(mention.modality().label())
              .add(mention.modalityCue())
              .date(mention.published())
              .end();
        }
      };

  static final TableChanges.Rows<Assessment, AssessmentMention> ASSESSMENTS =
      new TableChanges.Rows<>() {
        @Override
        public String id(Assessment a) {
          return a.assessmentId();
        }

        @Override
        public List<AssessmentMention> mentions(Assessment a) {
          return a.mentions();
        }

        @Override
        public void appendItem(Appender p, Assessment a) throws SQLException {
          p.row()
              .add(a.assessmentId())
              .add(a.topic())
              .add(a.direction().label())
              .add(Json.write(a.actors()))
              .add(a.statement())
              .add(a.documents())
              .add(a.independentSources())
              .end();
        }

        @Override
        public void appendMention(Appender m, Assessment a, int ordinal, AssessmentMention mention)
            throws SQLException {
          m.row()
              .add(a.assessmentId())
              .add(ordinal)
              .add(mention.docId())
              .add(mention.familyId())
              .date(mention.published())
              .add(mention.sentenceIndex())
              .add(mention.sentence())
              .add(mention.topic())
              .add(mention.direction().label())
              .add(Json.write(mention.actors()))
              .add(mention.cue())
              .add(mention.trigger())
              .end();
        }
      };
}
