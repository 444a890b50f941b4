// Dutch dates: a Duckling-style corpus. Each expected value has many surface
// forms, in short sentences written for this test, resolved against fixed
// publication dates: 2021-03-12 (a Friday, ISO week 10), 2021-03 (month
// precision), 2021 (year precision), 2020-07-02 (a Thursday) and unknown.
import { describe, expect, it } from "vitest";
import { render, type Notice } from "../src/core/messages.js";
import { datelineDate, findDates, parseDateInput } from "../src/dates/index.js";
import { checkInvariants, corpus, count, negatives, type Corpus } from "./dates.corpus.js";

const FRIDAY = { year: 2021, month: 3, day: 12 };
const MARCH = { year: 2021, month: 3 };
const YEAR = { year: 2021 };

const ON_FRIDAY: Corpus = [
  [{ value: "2021-03-11" }, [
    "De verdachte is [gisteren] aangehouden.",
    "[Gisteren] werd een man opgepakt in de binnenstad.",
    "Agenten hielden [gisteravond] twee mannen aan.",
    "Het incident gebeurde [gisterenavond] bij een café.",
    "[Gistermiddag] werd de woning doorzocht.",
    "De inval vond [gisterochtend] plaats.",
    "[Gisternacht] brak brand uit in een loods.",
    "De man werd [donderdag] aangehouden.",
    "[Donderdag] deed de recherche een inval.",
    "Agenten hebben [donderdagavond] drie mannen aangehouden.",
    "Het pand werd [donderdagochtend] doorzocht.",
    "[Donderdagmiddag] kreeg de politie een melding.",
    "De overval vond [donderdagnacht] plaats.",
    "Hij werd [afgelopen donderdag] opgepakt.",
    "[Afgelopen donderdag] zijn vijf woningen doorzocht.",
    "Op [donderdag jl.] werden vier mensen aangehouden.",
    "[Deze week donderdag] werd de woning ontruimd.",
    "De politie heeft op [donderdag 11 maart] een inval gedaan.",
    "De actie vond plaats op [11 maart].",
    "Sinds [11 maart] zit hij vast.",
    "De aanhouding was op [11 maart 2021].",
    "Datum van de actie: [11-03-2021].",
    "Het onderzoek startte op [11/03/2021].",
    "Op [11.03.2021] werd beslag gelegd.",
    "Het bericht is van [2021-03-11].",
    "Op [11 mrt. 2021] is een auto in beslag genomen.",
    "Op [11 mrt 2021] werd ingegrepen.",
    "Hij werd op [11 maart jl.] aangehouden.",
    "ROTTERDAM, [DONDERDAG 11 MAART 2021] - Een man is aangehouden.",
    "Op [do 11 maart] was er een controle.",
  ]],
  [{ value: "2021-03-12" }, [
    "De verdachten worden [vandaag] voorgeleid.",
    "[Vandaag] is een man aangehouden.",
    "[Vanochtend] vond een inval plaats.",
    "Agenten hielden [vanmorgen] een man aan.",
    "[Vanmiddag] werd een pand doorzocht.",
    "De politie sloot [vannamiddag] een woning.",
    "[Vanavond] geeft de burgemeester een persconferentie.",
    "[Vannacht] is ingebroken bij een juwelier.",
    "[Afgelopen nacht] zijn drie auto's in brand gevlogen.",
    "[Deze ochtend] werd een drugslab ontdekt.",
    "Het gebeurde [deze middag] bij het station.",
    "Op [vrijdag] werden twee mannen aangehouden.",
    "[Vrijdagochtend] is een man opgepakt.",
    "De actie vond plaats op [12 maart].",
    "Op [12 maart 2021] zijn tien woningen doorzocht.",
    "Peildatum: [12-03-2021].",
    "Op [2021-03-12] meldde de politie de arrestatie.",
    "[Vrijdag 12 maart] hield de politie een controle.",
    "Op [12 MAART 2021] vond de actie plaats.",
    "Het gebeurde op [12e maart], meldt de politie.",
    "Op [vrijdag, 12 maart 2021] is de bende opgerold.",
  ]],
  [{ value: "2021-03-10" }, [
    "[Eergisteren] werd een man aangehouden.",
    "De woning is [eergisteravond] doorzocht.",
    "Het gebeurde [woensdag] kort na middernacht.",
    "[Woensdagavond] werd een auto gestolen.",
    "Op [10 maart] werd een inval gedaan.",
    "[Afgelopen woensdag] zijn twee verdachten aangehouden.",
    "Op [woensdag 10 maart 2021] is een hennepkwekerij ontmanteld.",
    "Sinds [woensdag] is de vrouw vermist.",
    "[Woensdagnacht] ging het mis op de snelweg.",
    "[Twee dagen geleden] werd de man nog gezien.",
  ]],
  [{ value: "2021-03-09" }, [
    "[Dinsdag] werd een man opgepakt.",
    "Op [dinsdag jl.] vond een inval plaats.",
    "Op [9 maart] werd de bende opgerold.",
    "[Dinsdagavond] werd een overval gepleegd.",
    "[Drie dagen geleden] verdween de jongen.",
    "[Afgelopen dinsdag] is een drugslab ontdekt.",
    "De auto werd op [09-03-2021] gestolen.",
  ]],
  [{ value: "2021-03-13" }, [
    "[Morgen] wordt de verdachte voorgeleid.",
    "De man wordt [morgenochtend] voorgeleid.",
    "Hij zal op [zaterdag] worden voorgeleid.",
    "[Komende zaterdag] is er een demonstratie.",
    "Op [zaterdag 13 maart] wordt de weg afgesloten.",
    "De demonstratie staat gepland op [13 maart].",
    "Hij zal op [13 maart] verschijnen.",
    "De zitting is [zaterdag a.s.] in Utrecht.",
    "[Aanstaande zaterdag] zal de politie extra controleren.",
  ]],
  [{ value: "2021-03-06" }, [
    "[Afgelopen zaterdag] werd een man neergestoken.",
    "[Zaterdag] vond een inval plaats.",
    "Op [6 maart] werden vier mensen aangehouden.",
    "De brand brak [zaterdagnacht] uit.",
    "[Vorige week zaterdag] werd de man opgepakt.",
    "Hij werd [zaterdag vorige week] aangehouden.",
    "[Zaterdagavond] was het onrustig in de stad.",
  ]],
  [{ value: "2021-03-04" }, [
    "[Vorige week donderdag] werd de man aangehouden.",
    "De inval was [vorige week donderdag].",
    "Het gebeurde [donderdag vorige week].",
    "Het gebeurde op [donderdag van vorige week].",
    "De man werd [vorige week op donderdag] opgepakt.",
    "Op [4 maart] werd de woning doorzocht.",
    "De aanhouding was op [4 maart 2021].",
    "De aanhouding was op [04-03-2021].",
    "Op [donderdag 4 maart] werden drie mannen aangehouden.",
  ]],
  [{ value: "2021-W09" }, [
    "[Vorige week] werden twintig mensen aangehouden.",
    "De recherche deed [vorige week] een inval.",
    "[Afgelopen week] werd een hennepkwekerij opgerold.",
    "Het gebeurde [afgelopen week] in Tilburg.",
    "De politie meldde [vorige week] dat het onderzoek loopt.",
  ]],
  [{ value: "2021-W10" }, [
    "[Deze week] zijn drie woningen doorzocht.",
    "Eerder [deze week] werd een man aangehouden.",
    "De politie controleert [deze week] extra.",
  ]],
  [{ value: "2021-W11" }, [
    "[Volgende week] worden meer details bekendgemaakt.",
    "De zaak dient [volgende week] bij de rechtbank.",
    "[Komende week] staat de zitting gepland.",
    "Pas [komende week] is er meer duidelijkheid.",
    "De politie houdt [volgende week] een voorlichtingsavond.",
  ]],
  [{ value: "2021-02" }, [
    "[Vorige maand] werd een drugslab ontdekt.",
    "De politie deed [vorige maand] een inval.",
    "[Afgelopen maand] zijn dertig mensen aangehouden.",
    "Het onderzoek begon in [februari].",
    "Sinds [februari] zit de man vast.",
    "Sinds [februari van dit jaar] konden rechercheurs meelezen.",
    "[Februari] was een drukke maand voor de politie.",
    "Het pand werd in [februari 2021] gesloten.",
    "De zaak loopt sinds [feb. 2021].",
    "De inval was in [febr. 2021].",
    "Het onderzoek startte in [februari dit jaar].",
    "[Dit jaar in februari] werden drie mannen veroordeeld.",
    "De verdachte is in [februari '21] aangehouden.",
    "Het rapport van [2021-02] noemt geen namen.",
    "De fraude kwam in [FEBRUARI 2021] aan het licht.",
  ]],
  [{ value: "2021-02", mod: "mid" }, [
    "Het onderzoek begon [medio februari].",
    "Vanaf [medio februari 2021] kon het verkeer worden meegelezen.",
    "[Half februari] werd de man aangehouden.",
    "De actie vond [halverwege februari] plaats.",
    "[Midden februari] kwam de tip binnen.",
    "[Medio februari] werd het netwerk gekraakt.",
  ]],
  [{ value: "2021-02", mod: "start" }, [
    "Het onderzoek begon [begin februari].",
    "[Begin februari] werd de man aangehouden.",
    "De tip kwam [begin februari 2021] binnen.",
    "[Aan het begin van februari] werd de bende opgerold.",
    "De zaak kwam [begin-februari] aan het licht.",
  ]],
  [{ value: "2021-02", mod: "end" }, [
    "Het onderzoek begon [eind februari].",
    "[Eind februari] werd de man aangehouden.",
    "De tip kwam [eind-februari] binnen.",
    "[Einde februari] werd de bende opgerold.",
    "[Aan het eind van februari] werd een inval gedaan.",
    "De verdachte werd [tegen het einde van februari] opgepakt.",
    "De betaling moest [ultimo februari] binnen zijn.",
    "Het gebeurde [eind februari van dit jaar].",
  ]],
  [{ value: "2021-03" }, [
    "[Deze maand] worden extra controles gehouden.",
    "Het onderzoek begon in [maart].",
    "De man zit sinds [maart 2021] vast.",
    "De tip kwam in [mrt. 2021] binnen.",
    "Het gebeurde in [maart van dit jaar].",
    "[Maart] begon met een reeks inbraken.",
  ]],
  [{ value: "2021-04" }, [
    "[Volgende maand] begint de rechtszaak.",
    "De uitspraak volgt [komende maand].",
    "[Volgende maand] worden de resultaten bekend.",
  ]],
  [{ value: "2020" }, [
    "[Vorig jaar] werd de dienst gekraakt.",
    "Veel gebruikers zijn [vorig jaar] overgestapt.",
    "De recherche las sinds [vorig jaar] berichten mee.",
    "[Afgelopen jaar] zijn 300 mensen aangehouden.",
    "De man werd in [2020] veroordeeld.",
    "Het netwerk bestaat sinds [2020].",
    "Vanaf [2020] werden de berichten opgeslagen.",
    "De cijfers over [2020] zijn gunstig.",
    "In het jaar [2020] werden minder inbraken gemeld.",
    "De wapens waren afkomstig uit [2020].",
    "Het onderzoek liep tot [2020].",
    "[Een jaar geleden] werd het pand gesloten.",
    "In [verleden jaar] zijn veel meldingen gedaan.",
  ]],
  [{ value: "2020", mod: "end" }, [
    "De man werd [eind 2020] aangehouden.",
    "[Eind vorig jaar] begon het onderzoek.",
    "Het netwerk werd [eind-2020] opgerold.",
    "[Aan het eind van vorig jaar] werd het lab ontdekt.",
    "De zaak werd [ultimo 2020] afgesloten.",
    "Het gebeurde [tegen het einde van 2020].",
    "De bende was [eind van vorig jaar] al actief.",
  ]],
  [{ value: "2020", mod: "start" }, [
    "De man werd [begin 2020] aangehouden.",
    "[Begin vorig jaar] begon het onderzoek.",
    "Het gebeurde [aan het begin van 2020].",
  ]],
  [{ value: "2020", mod: "mid" }, [
    "De man werd [medio 2020] aangehouden.",
    "[Halverwege vorig jaar] begon het onderzoek.",
    "[Medio vorig jaar] kwam de tip binnen.",
    "De dienst werd [half 2020] offline gehaald.",
  ]],
  [{ value: "2021" }, [
    "[Dit jaar] zijn al veertig mensen aangehouden.",
    "Eerder [dit jaar] werden vier verdachten aangehouden.",
    "Later [dit jaar] volgt de rechtszaak.",
    "De man werd in [2021] veroordeeld.",
    "[Dit jaar] werd het record gebroken.",
  ]],
  [{ value: "2021", mod: "start" }, ["[Begin dit jaar] werd het lab ontdekt.", "De zaak begon [begin 2021]."]],
  [{ value: "2022" }, [
    "[Volgend jaar] opent het nieuwe bureau.",
    "[Komend jaar] wordt de wet aangepast.",
    "De rechtszaak begint in [2022].",
    "[Over een jaar] moet de wijk veiliger zijn.",
  ]],
  [{ value: "2019" }, [
    "[Twee jaar geleden] werd de man al eens veroordeeld.",
    "De verdachte is sinds [2019] actief.",
    "In [2019] werd de eerste melding gedaan.",
  ]],
  [{ value: "2020-04-27" }, [
    "[Vorig jaar op 27 april] ging het mis.",
    "Op [27 april vorig jaar] werd de man opgepakt.",
    "Het gebeurde op [27 april van vorig jaar].",
    "Op [27 april 2020] was het onrustig.",
    "Tijdens [Koningsdag 2020] werden tien mensen aangehouden.",
    "Tijdens [Koningsdag] werden tien mensen aangehouden.",
    "Op [Koningsdag vorig jaar] werd een man neergestoken.",
    "Op [27 april] werd een man neergestoken.",
    "Op [27-04-2020] werd een man neergestoken.",
    "Op [maandag 27 april] werd een man neergestoken.",
  ]],
  [{ value: "2020-03" }, [
    "De man werd in [maart vorig jaar] aangehouden.",
    "Het gebeurde in [maart van vorig jaar].",
    "[Vorig jaar in maart] werd de dienst gekraakt.",
    "De zaak begon in [maart 2020].",
    "Het pand werd in [mrt 2020] gesloten.",
  ]],
  [{ value: "2020-03", mod: "end" }, ["[Eind maart vorig jaar] begon het onderzoek.", "De zaak begon [eind maart 2020]."]],
  [{ value: "2021-04-15" }, [
    "De zitting staat gepland op [15 april].",
    "Hij zal op [15 april] worden voorgeleid.",
    "De uitspraak wordt op [15 april] verwacht.",
    "De rechtszaak begint op [15 april a.s.].",
    "De rechtszaak begint op [15 april 2021].",
    "De rechtszaak begon op [donderdag 15 april].",
  ]],
  [{ value: "2020-12-31" }, [
    "Tijdens [oudejaarsavond] werden tien mensen aangehouden.",
    "[Oudejaarsavond] verliep rustig.",
    "Op [oudjaarsdag] werd vuurwerk in beslag genomen.",
    "Op [31 december] werd vuurwerk in beslag genomen.",
    "In [oudejaarsnacht] brandden twintig auto's uit.",
    "Op [oudejaarsdag 2020] werd vuurwerk in beslag genomen.",
    "Op [31-12-2020] werd vuurwerk in beslag genomen.",
  ]],
  [{ value: "2020-12-26" }, ["Op [tweede kerstdag] werd ingebroken.", "Op [Tweede Kerstdag] werd ingebroken.", "Op [26 december] werd ingebroken."]],
  [{ value: "2021-04-04" }, ["De actie is gepland rond [Pasen 2021].", "Op [eerste paasdag 2021] is het bureau dicht."]],
  [{ value: "2020-04-12" }, ["Met [Pasen] werden vier mannen aangehouden.", "Op [Eerste Paasdag] werd een kerk beklad."]],
  [{ value: "2020-04-10" }, ["Op [Goede Vrijdag] werd een winkel overvallen."]],
  [{ value: "2021-02-26" }, ["[Twee weken geleden] werd de man nog gezien.", "Op [26 februari] werd de man nog gezien."]],
  [{ value: "2021-03-26" }, ["[Over twee weken] volgt de uitspraak."]],
  [{ value: "2021-W12" }, ["In [week 12] zal de weg dicht zijn.", "De actie is gepland in [week 12 van 2021].", "[Week 12 2021] staat een controle gepland."]],
  [{ value: "2020-W45" }, ["In [week 45] was het raak.", "In [week 45 van 2020] was het raak."]],
  [{ value: "2021-W10" }, ["In [week 10] zijn twaalf mensen aangehouden."]],
];

const INTERVALS: Corpus = [
  [{ value: "2019/2021", kind: "interval" }, [
    "Hij verkocht [tussen 2019 en 2021] illegaal wapens.",
    "De fraude liep [van 2019 tot 2021].",
    "In de periode [2019-2021] werden veel meldingen gedaan.",
    "Het onderzoek besloeg [van 2019 tot en met 2021].",
    "De cijfers [2019 t/m 2021] laten een daling zien.",
    "In [2019 - 2021] verdubbelde het aantal zaken.",
  ]],
  [{ value: "2020/2021", kind: "interval" }, ["Het seizoen [2020/21] verliep rustig.", "In het seizoen [2020/2021] werden minder zaken gemeld."]],
  [{ value: "2021-03-01/2021-03-05", kind: "interval" }, [
    "De actie duurde [van 1 tot en met 5 maart].",
    "[Van 1-5 maart] werd extra gecontroleerd.",
    "De controles liepen [1 t/m 5 maart].",
    "De verdachten zijn [tussen 1 en 5 maart] aangehouden.",
    "De actie liep [van 1 tot 5 maart].",
    "De actie liep [van 1 tot en met 5 maart 2021].",
  ]],
  [{ value: "2021-02/2021-03", kind: "interval" }, ["Het onderzoek liep [van februari tot maart].", "Het gebeurde [tussen februari en maart]."]],
  [{ value: "2021-03-06/2021-03-07", kind: "interval" }, [
    "[Afgelopen weekend] werden tien mensen aangehouden.",
    "Het was [afgelopen weekend] onrustig.",
    "[Vorig weekend] ging het mis.",
  ]],
  [{ value: null, kind: "interval" }, [
    "Agenten zijn [de afgelopen week] extra alert.",
    "Er is [de afgelopen maanden] veel gebeurd.",
    "[Het afgelopen jaar] werden veel inbraken gemeld.",
    "De politie zal [de komende weken] extra controleren.",
    "De informatie heeft [de komende tijd] zijn weerslag.",
    "[De afgelopen drie maanden] zijn veel zaken opgelost.",
    "[Vorige zomer] werden veel auto's gestolen.",
    "[In de zomer van 2020] werd het lab ontdekt.",
    "Het pand staat [in het najaar] leeg.",
    "Tijdens de [jaarwisseling] werden tien mensen aangehouden.",
    "[Enkele weken geleden] werd de man gezien.",
    "[Een paar dagen geleden] belde een getuige.",
  ]],
];

const OTHER_KINDS: Corpus = [
  [{ value: "P6Y", kind: "duration" }, ["Hij werd veroordeeld tot [zes jaar] cel.", "Justitie eiste [6 jaar] gevangenisstraf.", "De straf bedraagt [zes jaren]."]],
  [{ value: "P3D", kind: "duration" }, ["De zitting duurde [drie dagen].", "Hij zat [3 dagen] vast."]],
  [{ value: "PT24H", kind: "duration" }, ["De weg was [24 uur] dicht."]],
  [{ value: "P18M", kind: "duration" }, ["Hij kreeg [anderhalf jaar] cel.", "Het onderzoek duurde [18 maanden]."]],
  [{ value: "P2W", kind: "duration" }, ["De actie duurde [twee weken]."]],
  [{ value: null, kind: "duration" }, ["Het onderzoek duurde [enkele dagen]."]],
  [{ value: "T14:30", kind: "time" }, [
    "De melding kwam [om 14.30 uur] binnen.",
    "Het gebeurde [rond 14.30 uur].",
    "De politie was er [om 14:30].",
    "[Rond de klok van 14.30 uur] ging het mis.",
    "De inval begon [om 14u30].",
  ]],
  [{ value: "T03:00", kind: "time" }, ["Het gebeurde [om 3 uur].", "De melding kwam [rond 03.00 uur] binnen.", "Het was [omstreeks 03.00 uur]."]],
  [{ value: null, kind: "set" }, [
    "Hij meldde zich [elke dinsdag] bij de politie.",
    "De politie controleert [iedere week].",
    "Het gaat om 45 ton [per jaar].",
    "Er werden 1000 berichten [per dag] verstuurd.",
    "De politie patrouilleert [dagelijks] in de wijk.",
    "De controle wordt [jaarlijks] gehouden.",
    "De man was vooral [\u2019s nachts] actief.",
    "De markt is op [zaterdagen] druk.",
  ]],
];

const IN_MARCH: Corpus = [
  [{ value: "2021-03" }, [
    "De verdachten zijn [vandaag] aangehouden.",
    "[Gisteren] werd een man opgepakt.",
    "[Eergisteren] werd een inval gedaan.",
    "[Vanochtend] is een pand doorzocht.",
    "De man werd [donderdag] aangehouden.",
    "[Dinsdagavond] werd een auto gestolen.",
    "De politie deed op [zaterdag] een inval.",
    "[Deze maand] worden extra controles gehouden.",
    "Het onderzoek begon in [maart].",
    "[Afgelopen vrijdag] werd de man opgepakt.",
    "[Morgen] wordt de man voorgeleid.",
  ]],
  [{ value: "2021-02" }, ["[Vorige maand] werd een drugslab ontdekt.", "Het begon in [februari]."]],
  [{ value: "2020" }, ["[Vorig jaar] werd de dienst gekraakt."]],
  [{ value: "2021-03-09" }, ["Op [9 maart] werd de bende opgerold."]],
  [{ value: "2021-03-25" }, ["Op [25 maart] werd de bende opgerold."]],
  [{ value: "2020-04-27" }, ["Op [27 april] werd een man neergestoken."]],
  [{ value: "2020-12-26" }, ["Op [tweede kerstdag] werd ingebroken."]],
  [{ value: null }, [
    "[Vorige week] werden twintig mensen aangehouden.",
    "[Volgende week] worden details bekendgemaakt.",
    "[Deze week] is extra gecontroleerd.",
    "[Vorige week donderdag] werd de man aangehouden.",
  ]],
];

const IN_2021: Corpus = [
  [{ value: "2021" }, ["[Vandaag] zijn tien mensen aangehouden.", "[Gisteren] werd een man opgepakt.", "De man werd [donderdag] aangehouden."]],
  [{ value: "2021-03" }, ["Het onderzoek begon in [maart]."]],
  [{ value: "2021-06-04" }, ["Op [4 juni] werd de bende opgerold."]],
  [{ value: "2020" }, ["[Vorig jaar] werd de dienst gekraakt."]],
  [{ value: null }, ["[Vorige maand] werd een lab ontdekt.", "[Vorige week] werd een lab ontdekt."]],
];

const UNKNOWN: Corpus = [
  [{ value: null }, [
    "De server is [vandaag] offline gehaald.",
    "[Gisteren] werd een man opgepakt.",
    "De man werd [dinsdag] aangehouden.",
    "Veel gebruikers zijn [vorig jaar] overgestapt.",
    "[Vorige week] werd een inval gedaan.",
    "Op [4 juni] werd de bende opgerold.",
    "Het onderzoek begon in [maart].",
    "Tijdens [Koningsdag] werden tien mensen aangehouden.",
    "[Drie dagen geleden] werd de man gezien.",
  ]],
  [{ value: "2021-03-12" }, ["Op [12 maart 2021] werden tien mensen aangehouden.", "Op [12-03-2021] werden tien mensen aangehouden."]],
  [{ value: "2020" }, ["De dienst werd in [2020] gekraakt."]],
  [{ value: "2021-02", mod: "mid" }, ["Vanaf [medio februari 2021] kon het verkeer worden meegelezen."]],
  [{ value: "2020-10-12" }, ["Het onderzoek loopt sinds [12/10/2020]."]],
];

const NO_DATES = [
  "Er werd 12.000 euro in beslag genomen.",
  "De politie vond 2.000 kilo cocaïne.",
  "Bel de politie via 0900-8844 of Meld Misdaad Anoniem via 0800-7000.",
  "Een 71-jarige man is aangehouden.",
  "Het aantal inbraken daalde met 15 procent.",
  "Hij kreeg zes jaar cel.",
  "De zitting duurde drie dagen.",
  "Justitie had acht jaar cel geëist.",
  "De weg was 24 uur afgesloten.",
  "De melding kwam om 14.30 uur binnen.",
  "Hij meldde zich elke dinsdag.",
  "Het ging om 45 ton per jaar.",
  "De politie patrouilleert dagelijks.",
  "Er werd 2000 euro gestolen.",
  "In 2000 woningen werd ingebroken.",
  "Rond de 2020 mensen demonstreerden.",
  "Volgens artikel 2020 van de wet is dat strafbaar.",
  "Het was een aprilgrap.",
  "Jan Mei is aangehouden.",
  "De heer Mei werd gehoord.",
  "Peter Vrijdag is de woordvoerder.",
  "Agenten waren de afgelopen week extra alert.",
  "Er is de afgelopen maanden veel gebeurd.",
  "De informatie zal de komende tijd zijn weerslag hebben.",
  "In voorgaande jaren werden diensten gekraakt.",
  "Tot nu toe zijn honderd verdachten aangehouden.",
  "Op dit moment is er veel informatie.",
  "Vandaag de dag is dat anders.",
  "Hij werkte de hele morgen door.",
  "De politie is 's morgens aanwezig.",
  "Op de A12 was een ongeluk.",
  "Er werd 1,5 miljoen euro gevonden.",
  "De wedstrijd eindigde in 3-1.",
  "De markt is op zaterdagen druk.",
  "Het begin van het onderzoek was moeizaam.",
  "Het gebeurde rond half twee.",
  "Er werden tussen de 300 en 400 kilo drugs gevonden.",
  "In 2019 mensen werd een virus gevonden.",
  "Hij woont in Maartensdijk aan de Augustusstraat.",
  "Het gaat om 1.000 jaar oude munten.",
  "De mannen van 24 en 31 jaar zitten vast.",
  "Het telefoonnummer is 06-12345678.",
  "Hij draaide Windows 10 op een oude pc.",
  "De mei-actie werd afgeblazen.",
  "Onder de buit waren 2021 munten.",
];

describe("nl corpus, published 2021-03-12 (a Friday)", () => corpus("nl", FRIDAY, ON_FRIDAY));
describe("nl intervals, published 2021-03-12", () => corpus("nl", FRIDAY, INTERVALS));
describe("nl durations, times and sets", () => corpus("nl", FRIDAY, OTHER_KINDS));
describe("nl corpus, published 2021-03 (month precision)", () => corpus("nl", MARCH, IN_MARCH));
describe("nl corpus, published 2021 (year precision)", () => corpus("nl", YEAR, IN_2021));
describe("nl corpus, publication date unknown", () => corpus("nl", null, UNKNOWN));
describe("nl: no dates", () => negatives("nl", FRIDAY, NO_DATES));

describe("nl combined and special forms", () => {
  const dates = (text: string, P: Parameters<typeof findDates>[2] = FRIDAY) =>
    findDates(text, 0, P, "nl").mentions.filter((m) => m.kind === "date").map((m) => [m.text, m.value]);

  it("reads the night from Saturday to Sunday as two days, Saturday the day before that Sunday", () => {
    expect(dates("In de nacht van zaterdag op zondag is ingebroken.")).toEqual([["zaterdag", "2021-03-06"], ["zondag", "2021-03-07"]]);
    // published on a Saturday: that night lies a week back, not today
    expect(dates("In de nacht van zaterdag op zondag is ingebroken.", { year: 2021, month: 3, day: 6 })).toEqual([["zaterdag", "2021-02-27"], ["zondag", "2021-02-28"]]);
  });

  it("gives every day of a list its own mention", () => {
    expect(dates("Op 3 en 4 juni werden huizen doorzocht.")).toEqual([["3", "2020-06-03"], ["4 juni", "2020-06-04"]]);
    expect(dates("Op 3, 4 en 5 mei 2020 was het raak.")).toEqual([["3", "2020-05-03"], ["4", "2020-05-04"], ["5 mei 2020", "2020-05-05"]]);
    expect(dates("In de nacht van 3 op 4 juni 2020 brak brand uit.")).toEqual([["3", "2020-06-03"], ["4 juni 2020", "2020-06-04"]]);
    expect(dates("In de nacht van donderdag 4 op vrijdag 5 maart werd ingebroken.")).toEqual([["donderdag 4", "2021-03-04"], ["vrijdag 5 maart", "2021-03-05"]]);
    expect(dates("Zaterdag 6 en zondag 7 maart was het druk.")).toEqual([["Zaterdag 6", "2021-03-06"], ["zondag 7 maart", "2021-03-07"]]);
  });

  it("lets a dated year lend its context to the next one in a list", () => {
    expect(dates("In 2019 en 2020 werden meer zaken gemeld.")).toEqual([["2019", "2019"], ["2020", "2020"]]);
    expect(dates("Het gebeurde in 2018, 2019 of 2020.")).toEqual([["2018", "2018"], ["2019", "2019"], ["2020", "2020"]]);
  });

  it("keeps a day stated next to a year mismatch of the weekday", () => {
    // 11 maart 2020 was a Wednesday; the text's year wins
    expect(dates("Op donderdag 11 maart 2020 was er een inval.")).toEqual([["donderdag 11 maart 2020", "2020-03-11"]]);
  });

  it("does not treat a dateline's date and the next relative word as a range", () => {
    expect(dates("ROTTERDAM, 12 maart 2021 - Vandaag zijn tien mensen aangehouden.")).toEqual([["12 maart 2021", "2021-03-12"], ["Vandaag", "2021-03-12"]]);
  });

  it("finds nothing before `from`, and offsets stay offsets into the whole text", () => {
    const text = " date 2021-03 Vandaag werden 30 mensen aangehouden.";
    const r = findDates(text, 14, MARCH, "nl");
    expect(r.mentions.map((m) => [m.text, m.start, m.value])).toEqual([["Vandaag", 14, "2021-03"]]);
    checkInvariants(text, r.mentions);
  });

  it("warns when a relative date cannot be resolved", () => {
    const said = (r: { warnings: Notice[] }) => r.warnings.map((n) => render("en", n));
    expect(said(findDates("Vandaag en gisteren.", 0, null, "nl"))).toEqual([
      'relative date "Vandaag" not resolved: publication date unknown',
      'relative date "gisteren" not resolved: publication date unknown',
    ]);
    expect(said(findDates("Vorige week was het raak.", 0, MARCH, "nl"))).toEqual([
      'relative date "Vorige week" not resolved: publication date 2021-03 has no day',
    ]);
    expect(said(findDates("Vorige maand was het raak.", 0, YEAR, "nl"))).toEqual([
      'relative date "Vorige maand" not resolved: publication date 2021 has no month',
    ]);
    expect(findDates("Vandaag, 12 maart 2021.", 0, FRIDAY, "nl").warnings).toEqual([]);
    // The same notice in the reader's language.
    expect(findDates("Vandaag.", 0, null, "nl").warnings.map((n) => render("nl", n))).toEqual(['relatieve datum "Vandaag" niet bepaald: publicatiedatum onbekend']);
  });

  it("gives a day that does not exist no value, and says so", () => {
    const r = findDates("Op 29 februari 2021 gebeurde niets.", 0, FRIDAY, "nl");
    expect(r.mentions.map((m) => [m.text, m.value])).toEqual([["29 februari 2021", null]]);
    expect(r.warnings.map((n) => render("en", n))).toEqual(['date "29 februari 2021" not resolved: no such date']);
  });

  it("resolves Easter-based holidays per year", () => {
    expect(dates("Met Pasen 2024 en Pinksteren 2024 en Hemelvaartsdag 2024.")).toEqual([
      ["Pasen 2024", "2024-03-31"],
      ["Pinksteren 2024", "2024-05-19"],
      ["Hemelvaartsdag 2024", "2024-05-09"],
    ]);
  });
});

describe("nl gold-like document", () => {
  it("finds the dates of a press release and nothing else", () => {
    const text =
      " date 2023-05-12 ROTTERDAM - Agenten hebben donderdagavond in de wijk twee mannen van 24 en 31 jaar aangehouden. " +
      "Er werd zo'n 12.500 euro in beslag genomen. Een 19-jarige vrouw werd gisteren aangehouden. De verdachten worden vandaag voorgeleid. " +
      "Het onderzoek begon in maart. Eerder dit jaar werden vier verdachten aangehouden. Bel 0900-8844.";
    const r = findDates(text, 17, { year: 2023, month: 5, day: 12 }, "nl");
    expect(r.mentions.filter((m) => m.kind === "date").map((m) => [m.text, m.value])).toEqual([
      ["donderdagavond", "2023-05-11"],
      ["gisteren", "2023-05-11"],
      ["vandaag", "2023-05-12"],
      ["maart", "2023-03"],
      ["dit jaar", "2023"],
    ]);
  });
});

describe("nl datelines", () => {
  it.each([
    ["ROTTERDAM, 12 maart 2021 - Agenten hebben", "12 maart 2021", "2021-03-12"],
    ["Den Haag, 10 juni 2021 — De politie", "10 juni 2021", "2021-06-10"],
    ["12 maart 2021 - Bij een actie", "12 maart 2021", "2021-03-12"],
    ["'s-Hertogenbosch, donderdag 11 maart 2021 - Een man", "donderdag 11 maart 2021", "2021-03-11"],
    ["AMSTERDAM (ANP) - 12 maart 2021 - Een man", "12 maart 2021", "2021-03-12"],
    ["HOLLANDS KROON, 3 januari 2022 - Een man", "3 januari 2022", "2022-01-03"],
    ["Utrecht, 12-03-2021 | Een man", "12-03-2021", "2021-03-12"],
  ])("%s", (text, span, iso) => {
    const d = datelineDate(text, 0, "nl");
    expect(d).not.toBeNull();
    expect(text.slice(d!.start, d!.end)).toBe(span);
    expect(d!.date).toEqual(parseDateInput(iso));
  });

  it.each(["Gisteren werd op 12 maart 2021 - iets", "ROTTERDAM - Agenten hebben op 12 maart 2021 - ", "Vandaag - 12 maart", "ROTTERDAM - Vandaag werd"])(
    "no dateline: %s",
    (text) => expect(datelineDate(text, 0, "nl")).toBeNull(),
  );

  it("starts at `from`", () => {
    const text = "xx ROTTERDAM, 12 maart 2021 - Agenten";
    expect(datelineDate(text, 3, "nl")).toEqual({ date: { year: 2021, month: 3, day: 12 }, start: 14, end: 27 });
  });
});

describe("parseDateInput", () => {
  it.each([
    ["2021", { year: 2021 }],
    ["2021-03", { year: 2021, month: 3 }],
    ["2021-03-12", { year: 2021, month: 3, day: 12 }],
    [" 2021-03-12 ", { year: 2021, month: 3, day: 12 }],
    ["2021-03-12T10:00:00Z", { year: 2021, month: 3, day: 12 }],
    ["2021-03-12T23:30:00-05:00", { year: 2021, month: 3, day: 12 }],
    ["20210312", { year: 2021, month: 3, day: 12 }],
    ["12 maart 2021", { year: 2021, month: 3, day: 12 }],
    ["vrijdag 12 maart 2021", { year: 2021, month: 3, day: 12 }],
    ["12-03-2021", { year: 2021, month: 3, day: 12 }],
    ["12/03/2021", { year: 2021, month: 3, day: 12 }],
    ["maart 2021", { year: 2021, month: 3 }],
    ["March 12, 2021", { year: 2021, month: 3, day: 12 }],
    ["12 March 2021", { year: 2021, month: 3, day: 12 }],
  ])("%s", (s, d) => expect(parseDateInput(s)).toEqual(d));

  it.each(["", "vandaag", "12 maart", "2021-13-01", "2021-02-30", "foo", "12 maart 2021 en 13 maart 2021"])("rejects %j", (s) => expect(parseDateInput(s)).toBeNull());
});

describe("robustness", () => {
  const pieces = ["12", "3", "2020", "2021", "-", "/", ".", ",", " ", "maart", "Mei", "donderdag", "vorige", "week", "jaar", "eind", "tussen", "en", "tot", "om", "uur", "14.30", "vandaag", "\n", "'s", "geleden", "drie", "dagen", "van", "op", "nacht", "zaterdag", "zondag"];
  it("keeps its invariants on random text", () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let k = 0; k < 300; k++) {
      let text = "";
      for (let i = 0; i < 40; i++) text += pieces[Math.floor(rnd() * pieces.length)] + (rnd() < 0.7 ? " " : "");
      for (const P of [FRIDAY, MARCH, null]) checkInvariants(text, findDates(text, 0, P, "nl").mentions);
    }
  });

  it("reads 1 MB of press-release text in well under a second", () => {
    const para = "ROTTERDAM - Agenten hebben donderdagavond twee mannen aangehouden. Op 11 maart 2021 werd 12.000 euro gevonden. Het onderzoek begon in maart, eerder dit jaar. De zitting is volgende week, om 14.30 uur. Bel 0900-8844. ";
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    findDates(text, 0, FRIDAY, "nl");
    const t0 = performance.now();
    const r = findDates(text, 0, FRIDAY, "nl");
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(r.mentions.length).toBeGreaterThan(20_000);
  });
});

it("the corpus is large", () => {
  expect(count(ON_FRIDAY) + count(INTERVALS) + count(OTHER_KINDS) + count(IN_MARCH) + count(IN_2021) + count(UNKNOWN)).toBeGreaterThan(300);
});

describe("apposition of dates", () => {
  it('"eerder dit jaar, op 17 maart" is two dates; "vorig jaar op 27 april" one', () => {
    const P = { year: 2023, month: 6, day: 1 };
    const two = findDates("De woning was eerder dit jaar, op 17 maart, al doelwit.", 0, P, "nl").mentions.filter((m) => m.kind === "date");
    expect(two.map((m) => [m.text, m.value])).toEqual([
      ["dit jaar", "2023"],
      ["17 maart", "2023-03-17"],
    ]);
    const one = findDates("Hij werd vorig jaar op 27 april aangehouden.", 0, P, "nl").mentions.filter((m) => m.kind === "date");
    expect(one.map((m) => [m.text, m.value])).toEqual([["vorig jaar op 27 april", "2022-04-27"]]);
  });
});
