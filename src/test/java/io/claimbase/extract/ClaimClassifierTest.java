package io.claimbase.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimbase.extract.text.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimClassifierTest {

    private final ClaimClassifier classifier = new ClaimClassifier(TestDomain.cues());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The EU should reopen accession talks with Ankara.|PRESCRIPTION",
                "Washington needs to rethink its approach to Riyadh.|PRESCRIPTION",
                "Both capitals must avoid a new arms race.|PRESCRIPTION",
                "OPEC+ will cut output by two million barrels a day from November.|PREDICTION",
                "The pact is likely to survive the next election.|PREDICTION",
                "Oil prices are expected to rise in the coming months.|PREDICTION",
                "The deal was a significant failure for Brussels.|ASSESSMENT",
                "The summit was largely symbolic.|ASSESSMENT",
                "India signed the agreement in Delhi in October 2020.|FACT",
                "Trade between the two countries peaked at $6.86 billion in 2014.|FACT",
                "In May 2014 Will Smith visited Beijing.|FACT",
                "Washington retaliated by closing the consulate in San Francisco.|FACT",
                "Beijing is Pyongyang’s lifeline.|ASSESSMENT",
                "The realignment did not work all that well at the time.|ASSESSMENT",
                "While these talks may fail, the EU should keep its offer open.|PRESCRIPTION",
                // schedules, plans and expectations look ahead
                "The foreign minister is scheduled to visit Hanoi on Friday.|PREDICTION",
                "The navy plans to hold a larger drill in the spring.|PREDICTION",
                "Traders expect the price cap to widen the discount further.|PREDICTION",
                "The new terminal is due to open later this year.|PREDICTION",
                // a plan named as a noun is no prediction
                "The government shelved a plan to buy the frigates in 2019.|FACT",
                // a "would" a speaker's verb reports is their future; a possibility under a condition looks ahead
                "The harbour master said the new quay would open before the winter.|PREDICTION",
                "Analysts warned that freight rates would climb again.|PREDICTION",
                "The tolls could double if the bridge closes for repairs.|PREDICTION",
                "Unless the ferries are replaced, the islands may lose their last link.|PREDICTION",
                "The union said it would rather strike than accept the offer.|ASSESSMENT",
                // intentions look ahead; recommendations and calls on others prescribe; a denied need does not
                "The ministry intends to tender the route next year.|PREDICTION",
                "We recommend that investors keep their exposure small.|PRESCRIPTION",
                "Three governments called for calm on the border.|PRESCRIPTION",
                "The union does not need to strike.|ASSESSMENT",
                "Nobody needs to be told twice.|ASSESSMENT"
            })
    void kindFollowsTheCueWords(String sentence, ClaimKind kind) {
        assertEquals(kind, classifier.kind(Tokens.of(sentence)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "China and Russia are not about to form an alliance.|NEGATED",
                "Moscow no longer relies on Western credit.|NEGATED",
                "Beijing has never recognised the annexation.|NEGATED",
                "The talks didn't produce a deal.|NEGATED",
                "No comparable compromises are being offered to Beijing.|NEGATED",
                "The deal may collapse before the summer.|HEDGED",
                "Russia seems to have less appetite for confrontation.|HEDGED",
                "The US might see a war as more likely.|HEDGED",
                "The cut could push prices above $90 a barrel.|HEDGED",
                "Turkey hosts more than three million refugees.|ASSERTED",
                "Russia resents China's massive economic might.|ASSERTED",
                "In May 2014 Gazprom signed the deal.|ASSERTED",
                "The pact covers not only logistics but also intelligence sharing.|ASSERTED",
                "While some deals may falter, the partnership has deepened.|ASSERTED",
                "The pact is not likely to break down in the near future.|HEDGED",
                "The two countries remain unlikely to form an alliance.|HEDGED",
                "Some might dismiss this as bluster, but the drills show real cooperation.|ASSERTED",
                "China, not Pakistan, is now seen as the main threat.|ASSERTED",
                "A meaningful synergy is yet to be found.|NEGATED",
                "Still, it would be wrong to call the relationship an alliance.|NEGATED",
                "Russia has its own vision for Eurasia, which is not completely in sync with Beijing’s.|ASSERTED",
                "If they do not, they will be negotiating with Ankara again.|ASSERTED",
                "The partnership is not deepening; it is thinning out.|ASSERTED",
                "This could not come at a worse time.|NEGATED",
                "Putin said that Russia would not retreat.|NEGATED",
                // a negation in a relative clause after a noun phrase qualifies the noun
                "Lisbon signed a fisheries accord that neither party intends to renew.|ASSERTED",
                "The ministry ordered the patrol boats that the navy can no longer crew.|ASSERTED",
                "Donors keep waiting for a reform that never arrives.|ASSERTED",
                // ... but not after a verb of saying, and not in the main clause
                "The minister told the press that the talks had not failed.|NEGATED",
                "The navy has not ordered the boats that the coast guard wanted.|NEGATED",
                "It is clear that the cabinet will not resign.|NEGATED",
                // a negative subject or object denies; emphasis, superlatives and decisions not to act assert
                "Nobody on the island owns a car.|NEGATED",
                "Nothing ties the two ports together.|NEGATED",
                "Make no mistake: the tunnel is finished.|ASSERTED",
                "Relations between the two ports have never been closer.|ASSERTED",
                "Both unions are determined not to repeat the strike.|ASSERTED",
                // a negation only in a second clause after ", and" adds to a main claim that stands
                "The canal opened in 1999, and the old ferry has never run since.|ASSERTED",
                // "not X but Y" asserts Y
                "The port is not a rival but a partner of the city.|ASSERTED",
                "The crossing was maybe ten miles long.|HEDGED",
                // a negation inside a short quoted term names the term
                "Since the \u201cno red lines\u201d pledge of 2019, the two navies have trained together.|ASSERTED",
                "Officials describe the border as \"not negotiable\" in every briefing.|ASSERTED",
                "Both governments insist that the treaty is \u201cnot a defence pact\u201d.|NEGATED",
                "A neighbour that trades less with Lisbon is not a rival.|NEGATED",
                "Asked about a naval base, the envoy replied that the talks were not over.|NEGATED",
                "\u201cWe will not sign this treaty,\u201d the envoy said.|NEGATED",
                "The envoy said the talks were \u201cnot a failure, not a success, and certainly not over\u201d.|NEGATED"
            })
    void certaintyFollowsNegationAndHedgeCues(String sentence, Certainty certainty) {
        assertEquals(certainty, classifier.certainty(Tokens.of(sentence)));
    }
}
