package io.claimbase.extract.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.claimbase.extract.Figure;
import io.claimbase.extract.SeedDomain;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Actors, topics and event types on sentences written for the purpose, with the repository's domain data. */
class TaggerTest {

    private static final Tagger TAGGER = new Tagger(SeedDomain.get());
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 1, 9);

    private static Tags tag(String sentence) {
        return TAGGER.tag(sentence, 0, PUBLISHED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void resolvesActorsThroughAliasesInOrderOfFirstMention(String sentence, List<String> actors) {
        assertEquals(actors, tag(sentence).actors());
    }

    static Stream<Arguments> resolvesActorsThroughAliasesInOrderOfFirstMention() {
        return Stream.of(
                Arguments.of("Beijing is Pyongyang’s lifeline.", List.of("china", "north-korea")),
                Arguments.of(
                        "The Kremlin and the White House disagree on Venezuela.",
                        List.of("russia", "united-states", "venezuela")),
                Arguments.of("The U.S. and the US Congress", List.of("united-states")),
                Arguments.of(
                        "Washington retaliated by requiring Moscow to close its consulate.",
                        List.of("united-states", "russia")),
                Arguments.of("China, Beijing and the Chinese leadership", List.of("china")),
                Arguments.of("Sino-Russian ties have deepened.", List.of("china", "russia")),
                Arguments.of("The China-Russia partnership and Russia–China trade", List.of("china", "russia")),
                Arguments.of("North Korean–Chinese bilateral trade grew tenfold.", List.of("north-korea", "china")),
                Arguments.of("South Africa and South Korea joined.", List.of("south-africa", "south-korea")),
                Arguments.of(
                        "Xi Jinping met Vladimir Putin and then Xi left.", List.of("xi-jinping", "vladimir-putin")),
                Arguments.of("Kim Jong-un and Kim Jong Un are one man.", List.of("kim-jong-un")),
                Arguments.of(
                        "Gazprom will supply the China National Petroleum Corporation (CNPC).",
                        List.of("gazprom", "cnpc")),
                Arguments.of(
                        "The EU, NATO and Nato allies met the UN.",
                        List.of("european-union", "nato", "united-nations")),
                Arguments.of("OPEC+ agreed to cut output.", List.of("opec")),
                Arguments.of(
                        "Erdoğan flew from Ankara to Brussels.",
                        List.of("recep-tayyip-erdogan", "turkey", "european-union")),
                Arguments.of("India and New Delhi’s partners in the Quad", List.of("india", "quad")),
                Arguments.of("Russia’s confrontation with the West deepened.", List.of("russia", "west")),
                Arguments.of("the Belt and Road Initiative and the Belt & Road", List.of("belt-and-road")),
                Arguments.of("Ukrainian officials in Kyiv and Kiev", List.of("ukraine")),
                Arguments.of("Western sanctions hit Russian banks.", List.of("west", "russia")),
                Arguments.of("Trump’s war of words with Kim", List.of("donald-trump", "kim-jong-un")),
                Arguments.of("The PLA sent troops.", List.of("china")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void namesNoActorWhereTheTextDoesNot(String sentence) {
        assertEquals(List.of(), tag(sentence).actors());
    }

    static Stream<Arguments> namesNoActorWhereTheTextDoesNot() {
        return Stream.of(
                Arguments.of("Let us hope for the best."),
                Arguments.of("The fine china was broken."),
                Arguments.of("They ate turkey for dinner."),
                Arguments.of("A joint exercise in the South China Sea was held."),
                Arguments.of("The Korean Peninsula is tense."),
                Arguments.of("Latin America and the West Bank"),
                Arguments.of("five major non-Western economies"),
                Arguments.of("The Indian Ocean is vast."),
                Arguments.of("Kim Yo-jong spoke."),
                Arguments.of("Gas from Western Siberia"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void keepsTheMostSpecificTopics(String sentence, List<String> topics) {
        assertEquals(topics, tag(sentence).topics());
    }

    static Stream<Arguments> keepsTheMostSpecificTopics() {
        return Stream.of(
                Arguments.of("Gazprom will supply gas through the Power of Siberia pipeline.", List.of("energy.gas")),
                Arguments.of("A new pipeline and a railway", List.of("energy", "infrastructure")),
                Arguments.of("Energy cooperation rests on LNG exports.", List.of("energy.gas", "trade")),
                Arguments.of("Energy cooperation has stalled.", List.of("energy")),
                Arguments.of("OPEC+ agreed to cut crude oil production.", List.of("energy.oil")),
                Arguments.of("The two armies held joint drills.", List.of("military.exercises")),
                Arguments.of("The US-China trade war escalated.", List.of("trade")),
                Arguments.of("The Cold War context is long gone.", List.of("geopolitics")),
                Arguments.of("A think tank report argued the opposite.", List.of()),
                Arguments.of("New railways and ports are planned.", List.of("infrastructure")),
                Arguments.of("Washington imposed sanctions on Russian banks.", List.of("sanctions", "finance")),
                Arguments.of("Russia sold S-400 air defense systems to Turkey.", List.of("military.arms")),
                Arguments.of("Hackers launched a cyberattack on the grid.", List.of("cyber")),
                Arguments.of("Shipping on the Northern Sea Route grew.", List.of("infrastructure", "arctic")),
                Arguments.of("The EU-Turkey deal on refugees and migrants held.", List.of("migration")),
                Arguments.of(
                        "The two countries form a strategic partnership, not an alliance.",
                        List.of("geopolitics.alignment")),
                Arguments.of("Russia's annexation of Crimea", List.of("military.conflict")),
                // how two states stand with each other, in words of any relationship; a field's own cooperation is that
                // field
                Arguments.of(
                        "Lima and Quito coordinate their votes more often than before.",
                        List.of("geopolitics.alignment")),
                Arguments.of("Oslo still regards Minsk as an adversary.", List.of("geopolitics.alignment")),
                Arguments.of("The two capitals share interests but little else.", List.of("geopolitics.alignment")),
                Arguments.of("Financial cooperation with Cairo expanded.", List.of("finance")),
                Arguments.of("Trade ties with Chile grew.", List.of("trade")),
                Arguments.of("The ministers held three meetings in Oslo.", List.of("diplomacy")),
                Arguments.of("Ankara hosted the Security Council delegation.", List.of("diplomacy")),
                Arguments.of("Sofia hoped to pry Skopje away from Belgrade.", List.of("geopolitics.alignment")),
                Arguments.of(
                        "The border dispute drove Quito and Lima further apart.", List.of("geopolitics.alignment")),
                Arguments.of("Isolation pushed Minsk into Moscow's arms.", List.of("geopolitics.alignment")),
                Arguments.of("The presidents will meet in Geneva next week.", List.of("diplomacy")),
                Arguments.of("Huawei's 5G equipment", List.of("technology")),
                Arguments.of("Pyongyang tested a ballistic missile.", List.of("nuclear")),
                Arguments.of("The ENERGY sector", List.of("energy")),
                Arguments.of("the lng plant", List.of()));
    }

    /** Also on the acts of an event and its backdrops, below. */
    @ParameterizedTest(name = "{0}")
    @MethodSource({"picksTheEventTypeOfTheStrongestCue", "eventsReadFromAVerbAndItsObject", "noEventInABackdrop"})
    void picksTheEventTypeOfTheStrongestCue(String sentence, String eventType) {
        assertEquals(eventType, tag(sentence).eventType());
    }

    static Stream<Arguments> picksTheEventTypeOfTheStrongestCue() {
        return Stream.of(
                Arguments.of("Chile took delivery of the first of two new frigates on Monday.", "arms-sale"),
                Arguments.of("Peru signed a $900 million contract to buy 12 fighter jets from Sweden.", "arms-sale"),
                Arguments.of("Some 40 warships and 6,000 sailors from nine navies took part.", "exercise"),
                Arguments.of("Chinese banks lent the Brazilian utility $3 billion against future exports.", "deal"),
                Arguments.of("The ministers put pen to a ten-year fisheries accord.", "deal"),
                Arguments.of("The bloc's leaders last gathered in Lima in November.", "summit"),
                Arguments.of("The package adds 40 tankers to the EU blacklist.", "sanction"),
                Arguments.of("The United States and Russia are expelling each other’s diplomats.", "expulsion"),
                Arguments.of("Putin and Xi signed a deal on gas.", "deal"),
                Arguments.of("The two sides reached an agreement on tariffs.", "deal"),
                Arguments.of("Rosneft won the contract.", "deal"),
                Arguments.of("China and Russia held joint naval drills in the Baltic.", "exercise"),
                Arguments.of("The Vostok war games involved 300,000 servicemen.", "exercise"),
                Arguments.of("Washington imposed new sanctions on Moscow.", "sanction"),
                Arguments.of("Putin met Xi on the sidelines of the forum.", "summit"),
                Arguments.of("The G20 summit opened in Buenos Aires.", "summit"),
                Arguments.of("Xi paid a state visit to Moscow.", "visit"),
                Arguments.of("The presidential election is due in 2024.", "election"),
                Arguments.of("Arms sales from Moscow to Beijing grew.", "arms-sale"),
                Arguments.of(
                        "The Kremlin made modern weapon systems, such as the S-400 surface-to-air missiles and "
                                + "the Su-35 fighters, available for sale.",
                        "arms-sale"),
                Arguments.of(
                        "During Putin’s visit to China in May 2014, China and Russia struck a 400 billion USD "
                                + "gas supply deal.",
                        "deal"),
                Arguments.of("Russia has to deal with Western pressure.", null),
                Arguments.of("They paid a great deal of attention to it.", null),
                Arguments.of("The trade war with Beijing is spilling over.", null),
                Arguments.of("The relationship is a marriage of convenience.", null),
                Arguments.of("Putin wrote the article ahead of the BRICS summit.", null),
                Arguments.of("The economy shrank amid Western sanctions.", null),
                Arguments.of("There is no trade deal between them.", null),
                Arguments.of("Beijing is pricing that dependence into every deal.", null),
                Arguments.of("Before the summit, Moscow and Beijing signed a gas deal.", "deal"));
    }

    @Test
    void anEventImpliesItsTopic() {
        Tags tags = tag("The navies of both countries staged exercises.");

        assertEquals("exercise", tags.eventType());
        assertEquals(List.of("military.exercises"), tags.topics());
    }

    @Test
    void tagsEverythingAtOnceWithAbsoluteFigureSpans() {
        String sentence = "During Putin’s visit to China in May 2014, China and Russia struck a 400 billion USD gas "
                + "supply deal, with Russia’s Gazprom agreeing to supply the China National Petroleum Corporation "
                + "(CNPC) with up to 38 billion cubic meters of gas per year for 30 years, starting in 2018.";

        Tags tags = TAGGER.tag(sentence, 500, PUBLISHED);

        assertEquals(List.of("vladimir-putin", "china", "russia", "gazprom", "cnpc"), tags.actors());
        assertEquals("deal", tags.eventType());
        assertEquals(List.of("diplomacy", "energy.gas"), tags.topics());
        assertEquals(LocalDate.of(2014, 5, 1), tags.time().start());
        assertEquals(LocalDate.of(2014, 5, 31), tags.time().end());
        assertEquals(
                List.of("400 billion USD", "38 billion cubic meters", "30 years"),
                tags.figures().stream().map(Figure::text).toList());
        int money = sentence.indexOf("400 billion USD");
        assertEquals(500 + money, tags.figures().get(0).span().start());
        assertEquals(
                500 + money + "400 billion USD".length(),
                tags.figures().get(0).span().end());
    }

    @Test
    void aSentenceWithNothingToTagIsEmpty() {
        Tags tags = tag("It was not all that convincing.");

        assertEquals(List.of(), tags.topics());
        assertNull(tags.eventType());
        assertEquals(List.of(), tags.actors());
        assertNull(tags.time());
        assertEquals(List.of(), tags.figures());
    }

    /** An event told by what is done to it: a verb in any form a few words from an object the cues lack alone. */
    static Stream<Arguments> eventsReadFromAVerbAndItsObject() {
        return Stream.of(
                Arguments.of("Ottawa imposed a sweeping ban on the firm’s exports.", "sanction"),
                Arguments.of("Tighter restrictions were imposed on the two banks.", "sanction"),
                Arguments.of("The two defence ministers have held nine meetings since 2020.", "summit"),
                Arguments.of("Greek and Egyptian frigates drilled alongside each other off Crete.", "exercise"),
                Arguments.of("Warsaw is purchasing armed drones from Ankara.", "arms-sale"),
                Arguments.of("Twelve helicopters were delivered to Lima in May.", "arms-sale"),
                Arguments.of("A meeting room was booked for noon.", null),
                Arguments.of("They held, as every year, a meeting.", null),
                Arguments.of("The ban on smoking in bars held for a decade.", null));
    }

    /**
     * No event where the cue is a backdrop: a time anchor, a generic "each", a conditional or an unreal possibility;
     * the reach after a backdrop phrase counts words, so "U.S." is no longer than "EU"; and no event where it is a
     * thing talked about.
     */
    static Stream<Arguments> noEventInABackdrop() {
        return Stream.of(
                Arguments.of("Each new sanction against Minsk hurts its own exporters.", null),
                Arguments.of("Since the summit in Lima, trade between the two has doubled.", null),
                Arguments.of("In the wake of the drills, fishing boats stayed in port.", null),
                Arguments.of("If Oslo signs the deal, gas prices will fall.", null),
                Arguments.of("Otherwise Tallinn would face a war on two fronts.", null),
                Arguments.of("Firms under U.S. sanctions cannot bid for the port.", null),
                Arguments.of("The visit showed how little either side would concede.", null),
                Arguments.of("Their joint statement says nothing about Taiwan.", null),
                Arguments.of("The accord marks a turn for Chilean miners.", null),
                Arguments.of("The exercise came as tension rose along the coast.", null),
                Arguments.of("The summit capped a month of shuttle diplomacy.", null),
                Arguments.of("The drills follow a standoff at the reef in May.", null));
    }

    /**
     * The event classes read by the cue lists alone (the learned model may still veto or add one: it is measured by
     * ModelRotationTest, not here).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource({
        "anEventNamedByWhatItIs",
        "eventVerbsTheFirstListsLacked",
        "aBackdropThatHedgesOrLooksAway",
        "wordsOfEventsThatNameNone",
        "theTermsAndTheFailureOfADeal",
        "formationsArmingLeadersMeetingAndDiplomatsSentHome",
        "wordsThatAreTheBackdropOfMostClaims",
        "eventsToldByTheirActsAndCeremonies",
        "sanctionsNamedByWhoWieldsThemAreABackdrop",
        "aDealStuckOnItsPrice",
        "aJointStatementSignedIsADealAndOneTalkedAboutNoEvent",
        "anEventAvoidedDeniedOrNeverHeld",
        "leadersWhoSatDownTogether",
        "aTripAnnouncedOrEnding",
        "dealsSoughtThatFailedOrWereAgreedInPrinciple",
        "leadersWhoMetFaceToFace",
        "honoursForAVisitor",
        "aTallyOfVotes",
        "weaponsSoldByName",
        "dronesFiredAndPositionsPounded",
        "sanctionsDodgedOrStudiedAndOilDrillingAreNoEvent",
        "aDealStillUnsignedAndPactsSignedNoneOrChosenAgainst"
    })
    void theCueListsReadTheEventClasses(String sentence, String eventType) {
        assertEquals(eventType, TAGGER.eventEvidence(sentence).cue());
    }

    /** A deal named by what it is, or by the hands that signed it, rather than by "signed a deal". */
    static Stream<Arguments> anEventNamedByWhatItIs() {
        return Stream.of(
                // the cue reads it; the event model, which sees the event open its sentence as a thing talked about,
                // sets it aside
                Arguments.of("Russia's offensive near the river changed everything.", "conflict"),
                Arguments.of("Lisbon and Rabat are bound by a 1998 treaty of cooperation on fisheries.", "deal"),
                Arguments.of("The old friendship treaty between Oslo and Reykjavik lapsed quietly.", "deal"),
                Arguments.of("The two premiers put their names to a charter on river shipping.", "deal"),
                Arguments.of("Negotiators initialled the draft compact in Geneva on Friday.", "deal"),
                Arguments.of("A local truce was sealed after a week of shuttle talks.", "deal"),
                Arguments.of("Energy ministers rubber-stamped a road map for grid links.", "deal"));
    }

    /** Visits, votes, patrols, listings, expulsions, fire and orders of arms told by words the lists lacked. */
    static Stream<Arguments> eventVerbsTheFirstListsLacked() {
        return Stream.of(
                Arguments.of("The Chilean president flew into Lima late on Sunday.", "visit"),
                Arguments.of("The minister is travelling to Hanoi with a large trade delegation.", "visit"),
                Arguments.of("Turnout in the municipal contest reached 64 percent.", "election"),
                Arguments.of("A run-off between the two leading candidates is set for June.", "election"),
                Arguments.of("Indian and French frigates sailed together through the Arabian Sea.", "exercise"),
                Arguments.of("The two air forces flew three long-range patrols over the Baltic this year.", "exercise"),
                Arguments.of("Washington put two Hong Kong shippers on the Entity List in March.", "sanction"),
                Arguments.of("London slapped a travel ban on four senior officials.", "sanction"),
                Arguments.of("Quito told three Peruvian diplomats to leave within two days.", "expulsion"),
                Arguments.of("Bogotá threw out the Venezuelan consul on Friday.", "expulsion"),
                Arguments.of("Border guards opened fire on a smugglers’ boat near the delta.", "conflict"),
                Arguments.of("Manila has ordered six new corvettes from a Korean yard.", "arms-sale"));
    }

    /**
     * No event of the claim's own where the cue is looked at from beneath, hedged ("short of", "towards", "without"),
     * a motive ("wary of"), awaited, an anniversary or refused.
     */
    static Stream<Arguments> aBackdropThatHedgesOrLooksAway() {
        return Stream.of(
                Arguments.of("Beneath the summit smiles, Ankara and Athens still distrust each other.", null),
                Arguments.of("Their cooperation falls short of a mutual defence pact.", null),
                Arguments.of("Commentators see the pair drifting towards a defence pact.", null),
                Arguments.of("The two armies cooperate closely without a treaty.", null),
                Arguments.of("Lenders, wary of American sanctions, have cut credit lines to the port.", null),
                Arguments.of("Diplomats are still waiting for a deal on the border.", null),
                Arguments.of("They met on the tenth anniversary of the fisheries accord.", null),
                Arguments.of("Both governments refuse to sign the accord.", null));
    }

    /** A word of an event in a compound that names none: war money, a place where someone spoke, a patrol boat. */
    static Stream<Arguments> wordsOfEventsThatNameNone() {
        return Stream.of(
                Arguments.of("Oil money keeps filling the Kremlin’s war chest.", null),
                Arguments.of("Neither country wants to go to war over a reef.", null),
                Arguments.of("The spokesman said so at a press conference in Rome.", null),
                Arguments.of("The navy bought two patrol boats from a Dutch yard last year.", null),
                Arguments.of("A police patrol found the car abandoned near the border.", null));
    }

    /**
     * A deal told by its terms ("under the accord"), which the backdrop "under" would set aside, or by talks that
     * produced none or haggle over its price.
     */
    static Stream<Arguments> theTermsAndTheFailureOfADeal() {
        return Stream.of(
                Arguments.of("Under the accord, each side will cut its tariffs on fruit by half.", "deal"),
                Arguments.of("Under its terms, Quito ships two million tonnes of bananas a year.", "deal"),
                Arguments.of("Talks in Lima ended with no agreement on fishing quotas.", "deal"),
                Arguments.of("No binding deal emerged from two days of talks in Hanoi.", "deal"),
                Arguments.of("The two utilities are still haggling over the price of the power.", "deal"),
                Arguments.of("Firms under U.S. sanctions cannot bid for the port.", null),
                Arguments.of("There is no deal between them.", null));
    }

    /**
     * Ships that keep formation and joint flights, a state arming another, leaders' meetings counted, diplomats
     * ordered out or home.
     */
    static Stream<Arguments> formationsArmingLeadersMeetingAndDiplomatsSentHome() {
        return Stream.of(
                Arguments.of("Four frigates of the two navies sailed in formation past the cape.", "exercise"),
                Arguments.of("Analysts expect another joint flight over the strait this winter.", "exercise"),
                Arguments.of("Tehran kept arming the militia through the winter.", "arms-sale"),
                Arguments.of("Their leaders have met six times since 2019.", "summit"),
                Arguments.of("The two presidents met again in Astana in May.", "summit"),
                Arguments.of("Oslo ordered two Belarusian diplomats out of the country.", "expulsion"),
                Arguments.of("The ministry gave the attaché 48 hours to leave.", "expulsion"));
    }

    /**
     * Words that are mostly the backdrop of a claim, not an event it reports: an ongoing war, an annexation, a
     * hypothetical pact, a think tank's forum, votes cast side by side at the United Nations.
     */
    /**
     * Events told by what is done rather than by their names: a ceasefire approved or a treaty renewed, measures
     * imposed and assets frozen, leaders hosted, the ceremony of a state visit, seats won at the polls, and fighting
     * told by raids, strikes on a place and rockets fired; a missile launched is a test, not fighting.
     */
    static Stream<Arguments> eventsToldByTheirActsAndCeremonies() {
        return Stream.of(
                Arguments.of("The cabinet in Quito approved the ceasefire late on Sunday.", "deal"),
                Arguments.of("Both parliaments agreed in May to renew the fisheries treaty.", "deal"),
                Arguments.of("Canberra imposed fresh measures on four shipping firms.", "sanction"),
                Arguments.of("The rules freeze the brokers' assets in Switzerland.", "sanction"),
                Arguments.of("Nairobi hosted the East African presidents for two days.", "summit"),
                Arguments.of("An honour guard lined the runway when the Chilean president landed.", "visit"),
                Arguments.of("The premier stepped off her plane in Hanoi to a red carpet.", "visit"),
                Arguments.of("The Liberal party won 140 of the 290 seats on Sunday.", "election"),
                Arguments.of("Rebel units fought along the canal for a week.", "conflict"),
                Arguments.of("Army commandos carried out two night raids near the port.", "conflict"),
                Arguments.of("A strike on the fuel depot cut power to the city.", "conflict"),
                Arguments.of("The militia fired rockets at the airfield overnight.", "conflict"),
                Arguments.of("Pyongyang launched two missiles into the sea on Friday.", null));
    }

    /**
     * Sanctions named by who wields them or by their kind ("Western", "secondary") are the standing pressure a claim
     * speaks under, and sanctions that name a trade or a risk are none; a measure imposed still counts.
     */
    static Stream<Arguments> sanctionsNamedByWhoWieldsThemAreABackdrop() {
        return Stream.of(
                Arguments.of("Western sanctions have made Minsk lean harder on its neighbours.", null),
                Arguments.of("Lenders in Dubai fear secondary sanctions more than fines.", null),
                Arguments.of("A sanctions lawyer in Oslo said the rules were vague.", null),
                Arguments.of("The sanctions were a blunt tool against the junta.", null),
                Arguments.of("New sanctions were imposed on the junta's bankers in May.", "sanction"),
                Arguments.of("Brussels imposed fresh Western sanctions on three Belarusian banks.", "sanction"),
                Arguments.of("Ottawa announced new sanctions on Minsk on Tuesday.", "sanction"));
    }

    /** A negotiation stuck on its price is told as the deal it seeks; a price that is only high names none. */
    static Stream<Arguments> aDealStuckOnItsPrice() {
        return Stream.of(
                Arguments.of("Talks on the Caspian cable remain stuck on price.", "deal"),
                Arguments.of("The two utilities quarrelled for years over price.", "deal"),
                Arguments.of("The envoy flew home again without a price for the grid link.", "deal"),
                Arguments.of("Lima still wants to lock in a price for the copper.", "deal"),
                Arguments.of("Grain traders watched the price climb all week.", null));
    }

    /**
     * A joint statement or declaration that leaders sign is their written deal; one quoted or talked about is a
     * document, not a meeting.
     */
    static Stream<Arguments> aJointStatementSignedIsADealAndOneTalkedAboutNoEvent() {
        return Stream.of(
                Arguments.of("The two premiers signed a joint statement on river shipping.", "deal"),
                Arguments.of("Both foreign ministers sealed a declaration on fisheries in Rabat.", "deal"),
                Arguments.of("The two premiers put their signatures to a charter on river shipping.", "deal"),
                Arguments.of("The joint statement insists the pact targets no third country.", null),
                Arguments.of("The joint declaration of 2015 speaks of a friendship without limits.", null));
    }

    /** Leaders who sat down together or at one table, or met in person; a table that is only furniture is none. */
    static Stream<Arguments> leadersWhoSatDownTogether() {
        return Stream.of(
                Arguments.of("The Chilean and Peruvian presidents sat down together in Lima on Monday.", "summit"),
                Arguments.of("The two premiers sat at the same table for the first time in a decade.", "summit"),
                Arguments.of("The two leaders plan to settle the quarrel in person next month.", "summit"),
                Arguments.of("The delegates sat around a long table in the ministry.", null));
    }

    /**
     * A leader's trip announced or ending; travel that is only allowed (visa-free travel) is none.
     */
    static Stream<Arguments> aTripAnnouncedOrEnding() {
        return Stream.of(
                Arguments.of("The Peruvian president is expected to travel to Quito in March.", "visit"),
                Arguments.of("The chancellor flies home on Friday after a stop in Osaka.", "visit"),
                Arguments.of("He landed in Lima and then travelled on to Cusco.", "visit"),
                Arguments.of("Students from Quito may travel to Lima without a visa from June.", null));
    }

    /** A deal agreed only in principle, talks that ended without one or broke down; a deal still hoped for is none. */
    static Stream<Arguments> dealsSoughtThatFailedOrWereAgreedInPrinciple() {
        return Stream.of(
                Arguments.of("The rail link was agreed in principle in 2019.", "deal"),
                Arguments.of("Talks in Lisbon broke up on Friday without agreement on fishing quotas.", "deal"),
                Arguments.of("Without an agreement on the river, the quarrel will fester.", null),
                Arguments.of("Negotiations collapsed when Quito walked out.", "deal"),
                Arguments.of("No new fisheries agreement was announced after the talks.", "deal"),
                Arguments.of("The principle of non-interference guides Lima's diplomacy.", null));
    }

    /** Leaders who met face to face; officials who met somewhere are no summit. */
    static Stream<Arguments> leadersWhoMetFaceToFace() {
        return Stream.of(
                Arguments.of("It will be their first face-to-face encounter since the quarrel.", "summit"),
                Arguments.of("The presidents talked face to face for an hour in Sucre.", "summit"),
                Arguments.of("Some sixty engineers met in Valparaiso for a week of workshops.", null));
    }

    /** A visitor received with full honours; honours won at a university are none. */
    static Stream<Arguments> honoursForAVisitor() {
        return Stream.of(
                Arguments.of("The Peruvian president was received in Quito with full honours.", "visit"),
                Arguments.of("She graduated with honours in economics.", null));
    }

    /** A vote's tally; figures in favour of a policy are none. */
    static Stream<Arguments> aTallyOfVotes() {
        return Stream.of(
                Arguments.of("The bill passed the chamber, 212 in favour and 40 against.", "election"),
                Arguments.of("Most economists are in favour of a looser budget.", null));
    }

    /** A sale of weapons named by what is sold; a sale of bonds is none. */
    static Stream<Arguments> weaponsSoldByName() {
        return Stream.of(
                Arguments.of("Congress delayed the sale of 24 fighter jets to Ankara.", "arms-sale"),
                Arguments.of("The sale of state bonds raised four billion.", null));
    }

    /** Drones fired; positions pounded; a missile fired (mostly a test) or a manager fired is none. */
    static Stream<Arguments> dronesFiredAndPositionsPounded() {
        return Stream.of(
                Arguments.of("Rebel gunmen have fired drones at tankers in the strait.", "conflict"),
                Arguments.of("The navy pounded rebel launch sites for a week.", "conflict"),
                Arguments.of("Pyongyang fired a ballistic missile into the sea on Monday.", null),
                Arguments.of("The board fired the chief executive of the drone maker.", null));
    }

    /** Sanctions dodged or studied and drilling for oil describe no event; sanctions imposed still do. */
    static Stream<Arguments> sanctionsDodgedOrStudiedAndOilDrillingAreNoEvent() {
        return Stream.of(
                Arguments.of("Traders in Dubai specialise in dodging sanctions.", null),
                Arguments.of("A sanctions researcher in Oslo tracks the tankers.", null),
                Arguments.of("The ministry granted licences to drill in the northern basin.", null),
                Arguments.of("London imposed sanctions on four shipping firms in May.", "sanction"),
                // sanctions named by who wields them are standing pressure, like Western sanctions; export controls
                // as a kind of tool are no measure reported
                Arguments.of("Caracas, squeezed by American sanctions, sold more crude to Asia.", null),
                Arguments.of("Export controls are a blunt tool.", null),
                Arguments.of("Tokyo tightened its export controls on chip tools in May.", "sanction"),
                Arguments.of("Washington imposed new export restrictions on three chip firms.", "sanction"));
    }

    /**
     * A deal still unsigned is told as the deal it seeks, like one that failed; a pact signed by nobody, a treaty
     * chosen against, a conclusion drawn or a favour lent is none.
     */
    static Stream<Arguments> aDealStillUnsignedAndPactsSignedNoneOrChosenAgainst() {
        return Stream.of(
                Arguments.of("The rail link to Arica still lacks a signed contract after a decade.", "deal"),
                Arguments.of("The Andean gas line remains unsigned after years of talks.", "deal"),
                Arguments.of("There was no firm deal on the port, officials said.", "deal"),
                Arguments.of("No new agreement on the river was announced.", "deal"),
                Arguments.of("Santiago has signed no defence pact with anyone.", null),
                Arguments.of("Both have chosen not to sign a treaty.", null),
                Arguments.of("The minister concluded that the plan had failed.", null),
                Arguments.of("Lima lent its voice to every protest.", null),
                Arguments.of("In 2012 state banks lent the miner $4 billion against copper deliveries.", "deal"));
    }

    /** An event avoided, denied or never held did not take place; an event beside the denial still counts. */
    static Stream<Arguments> anEventAvoidedDeniedOrNeverHeld() {
        return Stream.of(
                Arguments.of("Ankara has carefully avoided supplying weapons to either side.", null),
                Arguments.of("Tehran denies selling missiles to the rebels.", null),
                Arguments.of("Oslo has never signed a defence treaty with Reykjavik.", null),
                Arguments.of("Berlin's reluctance to sell tanks to Riyadh has lasted a decade.", null),
                Arguments.of("Ankara avoided open criticism, and its bankers signed a loan agreement in May.", "deal"));
    }

    static Stream<Arguments> wordsThatAreTheBackdropOfMostClaims() {
        return Stream.of(
                Arguments.of("The war in Ukraine has reshaped the grain trade.", null),
                Arguments.of("The annexation cost Moscow dearly in credit.", null),
                Arguments.of("A formal military pact between the two remains unlikely.", null),
                Arguments.of("The relationship is cordial, said Maria Lund of the Baltic Security Forum.", null),
                Arguments.of("Oslo and Helsinki vote together at the United Nations.", null),
                Arguments.of("Artillery fire hit the depot, and the fighting spread north.", "conflict"));
    }

    @Test
    void theSameEventsStillCountWhenTheyAreWhatTheSentenceSays() {
        assertEquals(
                "sanction",
                tag("The EU imposed new sanctions on Minsk on Monday.").eventType());
        assertEquals(
                "exercise", tag("The navies began joint drills in the Baltic.").eventType());
        assertEquals(
                "deal", tag("Lima and Quito clinched a water-sharing accord.").eventType());
    }

    /**
     * The parties of a market (buyers, sellers, suppliers, "traded") name trade, and the chip industry's words
     * (chipmakers, lithography, machine tools, microelectronics) name technology, each in fresh sentences.
     */
    @ParameterizedTest
    @MethodSource
    void namesTradeAndTechnologyFromTheirVocabularyFamilies(String sentence, List<String> topics) {
        assertEquals(topics, tag(sentence).topics());
    }

    static Stream<Arguments> namesTradeAndTechnologyFromTheirVocabularyFamilies() {
        return Stream.of(
                Arguments.of("Lima has become the main buyer of Chilean copper.", List.of("trade")),
                Arguments.of("For wheat, it is now a seller's market.", List.of("trade")),
                Arguments.of("Quito is the largest supplier of bananas to the region.", List.of("trade")),
                Arguments.of("The two cities traded mostly in timber a century ago.", List.of("trade")),
                Arguments.of("The firm signed a five-year supply contract for cobalt.", List.of("trade")),
                Arguments.of(
                        "Local chipmakers still depend on imported lithography tools.", List.of("technology", "trade")),
                Arguments.of(
                        "Half of the machine tools in the region's plants come from abroad.", List.of("technology")),
                Arguments.of("The country makes most of its own microelectronics.", List.of("technology")));
    }

    /** A customer is not yet trade: the annotators read "customers" of gas as energy alone. */
    @Test
    void customersAloneAreNotTrade() {
        assertEquals(List.of(), tag("The utility kept its customers happy.").topics());
    }

    /** Restrictions in their fresh forms (controls, curbs, licence requirements, an export ban) name sanctions. */
    @ParameterizedTest
    @MethodSource
    void namesSanctionsFromRestrictionsInFreshForms(String sentence, List<String> topics) {
        assertEquals(topics, tag(sentence).topics());
    }

    static Stream<Arguments> namesSanctionsFromRestrictionsInFreshForms() {
        return Stream.of(
                Arguments.of("The new controls have barely slowed Minsk.", List.of("sanctions")),
                Arguments.of("Lima answered with curbs of its own on fishmeal.", List.of("sanctions")),
                Arguments.of(
                        "Firms now face licence requirements for every shipment of turbines.", List.of("sanctions")),
                Arguments.of("Quito called the measure an act of economic coercion.", List.of("sanctions")),
                Arguments.of("Border controls were tightened at the crossing.", List.of("migration")));
    }

    /** Forces and their units in fresh forms (bombers, a brigade, garrisons, the use of force) name military. */
    @ParameterizedTest
    @MethodSource
    void namesMilitaryFromForcesInFreshForms(String sentence, List<String> topics) {
        assertEquals(topics, tag(sentence).topics());
    }

    static Stream<Arguments> namesMilitaryFromForcesInFreshForms() {
        return Stream.of(
                Arguments.of("Two long-range bombers circled the island for an hour.", List.of("military")),
                Arguments.of("Oslo will station a brigade near the northern border.", List.of("military")),
                Arguments.of("The garrisons along the river were reinforced in spring.", List.of("military")),
                Arguments.of("Minsk has not ruled out the use of force.", List.of("military")),
                Arguments.of("Fighters were scrambled after the airspace violation.", List.of("military")));
    }

    /**
     * What states do towards each other in fresh forms (recognised an annexation, lobbied a capital, tit-for-tat
     * moves, high commissions) names diplomacy; recognising a fact in the present does not.
     */
    @ParameterizedTest
    @MethodSource
    void namesDiplomacyFromWhatStatesDoTowardsEachOther(String sentence, List<String> topics) {
        assertEquals(topics, tag(sentence).topics());
    }

    static Stream<Arguments> namesDiplomacyFromWhatStatesDoTowardsEachOther() {
        return Stream.of(
                Arguments.of("Quito has never recognised the breakaway republic.", List.of("diplomacy")),
                Arguments.of("Lima lobbied Brasilia for months to drop the levy.", List.of("diplomacy")),
                Arguments.of("The tit-for-tat moves continued into the spring.", List.of("diplomacy")),
                Arguments.of("Both high commissions were reduced to a handful of staff.", List.of("diplomacy")),
                Arguments.of("Analysts recognize that the numbers are small.", List.of()));
    }

    /** The two sides and what they owe each other, in reciprocal words, name the alignment between states. */
    @ParameterizedTest
    @MethodSource
    void namesAlignmentFromReciprocalWords(String sentence, List<String> topics) {
        assertEquals(topics, tag(sentence).topics());
    }

    static Stream<Arguments> namesAlignmentFromReciprocalWords() {
        return Stream.of(
                Arguments.of("Neither side has promised to defend the other.", List.of("geopolitics.alignment")),
                Arguments.of("Lima will not bleed for the other's quarrels.", List.of("geopolitics.alignment")),
                Arguments.of("Nobody in Quito expects a rupture this year.", List.of("geopolitics.alignment")),
                Arguments.of("Frenemies can do business for a long time.", List.of("geopolitics.alignment")),
                Arguments.of("Oslo refuses to take sides.", List.of("geopolitics.alignment")));
    }

    /** A contest for a region and its waters (a backyard, competing powers, disputed waters) names geopolitics. */
    @ParameterizedTest
    @MethodSource
    void namesGeopoliticsFromAContestForARegion(String sentence, List<String> topics) {
        assertEquals(topics, tag(sentence).topics());
    }

    static Stream<Arguments> namesGeopoliticsFromAContestForARegion() {
        return Stream.of(
                Arguments.of("Lima has long treated the Andes as its backyard.", List.of("geopolitics")),
                Arguments.of("Outside powers are circling the archipelago.", List.of("geopolitics")),
                Arguments.of("A survey ship entered disputed waters on Sunday.", List.of("geopolitics")),
                Arguments.of("Competition for Peruvian copper is fierce.", List.of()));
    }

    /** Money and the public purse in fresh forms (treasury, dividends, bond sales, a shortfall, revenue) name finance. */
    @ParameterizedTest
    @MethodSource
    void namesFinanceFromThePublicPurse(String sentence, List<String> topics) {
        assertEquals(topics, tag(sentence).topics());
    }

    static Stream<Arguments> namesFinanceFromThePublicPurse() {
        return Stream.of(
                Arguments.of("The year has been hard on Lima's treasury.", List.of("finance")),
                Arguments.of("The mining company halved its dividend in March.", List.of("finance")),
                Arguments.of("Quito raised a record sum from bond sales.", List.of("finance")),
                Arguments.of("The shortfall could reach a tenth of revenue.", List.of("finance")));
    }

    /**
     * The vocabulary families added on 2026-12-07 (topics18): people fleeing their homes name migration; go-betweens
     * and delegations name diplomacy; forces, personnel and patrols name military (diplomatic personnel and market
     * forces do not); terminals, cables and airports name infrastructure; a counterweight or an empire geopolitics.
     */
    @ParameterizedTest
    @MethodSource
    void namesTopicsFromTheirNewVocabularyFamilies(String sentence, List<String> topics) {
        assertEquals(topics, tag(sentence).topics());
    }

    static Stream<Arguments> namesTopicsFromTheirNewVocabularyFamilies() {
        return Stream.of(
                Arguments.of("Thousands fled the valley after the floods.", List.of("migration")),
                Arguments.of("Families are still fleeing the coastal towns.", List.of("migration")),
                Arguments.of("The exodus emptied whole villages within a month.", List.of("migration")),
                Arguments.of("Most were driven from their homes in a single week.", List.of("migration")),
                Arguments.of("Lima summoned the chargé d'affaires on Friday.", List.of("diplomacy")),
                Arguments.of("A Peruvian delegation arrived in Quito on Monday.", List.of("diplomacy")),
                Arguments.of("Oslo offered to act as mediator.", List.of("diplomacy")),
                Arguments.of("Chilean forces crossed the river at dawn.", List.of("military")),
                Arguments.of("Some 300 personnel will rotate through the base.", List.of("military")),
                Arguments.of("A lone soldier stood at the gate.", List.of("military")),
                Arguments.of("Boats patrol the strait every night.", List.of("military")),
                Arguments.of("Market forces will settle the price of copper.", List.of()),
                Arguments.of("Quito expelled four diplomatic personnel.", List.of("diplomacy")),
                Arguments.of("A second terminal will open on the coast next year.", List.of("infrastructure")),
                Arguments.of("The cable links the islands to the mainland.", List.of("infrastructure")),
                Arguments.of("New airports have gone up in every province.", List.of("infrastructure")),
                Arguments.of("Lima sees Quito as a counterweight to Brasilia.", List.of("geopolitics")),
                Arguments.of("Lima once ruled an empire.", List.of("geopolitics")));
    }

    @Test
    void aPactOfNoParticularSigningIsTheQuestionOfAlignmentNotDiplomacy() {
        assertEquals(
                List.of("geopolitics.alignment"),
                tag("Hanoi and Delhi have no treaty binding them.").topics());
        assertEquals(
                List.of("geopolitics.alignment"),
                tag("Neither capital is waiting for a treaty to formalise what it already does.")
                        .topics());
        assertEquals(
                List.of("military", "geopolitics.alignment"),
                tag("Ankara has never wanted a formal military pact.").topics());
        // a treaty negotiated or signed stays diplomacy
        assertEquals(
                List.of("diplomacy"),
                tag("The border treaty was negotiated over nine years.").topics());
    }
}
