import { SELECTIELIJST_CANONIEK as SELECTIELIJST, type ZaaktypeBlauwdruk } from '../blueprint.ts';

/**
 * "Verhuizing doorgeven" (Wet BRP art. 2.39 and 2.43): the standard process every municipality
 * adopts. Data only: the portal, the back office and the letters read it from the zaaktype.
 */
export const verhuizingDoorgeven: ZaaktypeBlauwdruk = {
  identificatie: 'VERHUIZING',
  omschrijving: 'Verhuizing doorgeven',
  doel: 'Het adres in de Basisregistratie Personen actueel houden.',
  aanleiding: 'Een ingezetene meldt een adreswijziging (Wet BRP art. 2.39).',
  onderwerp: 'Adreswijziging',
  handelingInitiator: 'Melden',
  handelingBehandelaar: 'Registreren',
  indicatieInternOfExtern: 'extern',
  vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
  // Awb 4:13: no statutory term for this decision, so a reasonable one of at most 8 weeks.
  doorlooptijd: 'P8W',
  servicenorm: 'P5D',
  opschortingEnAanhoudingMogelijk: true,
  verlengingMogelijk: true,
  verlengingstermijn: 'P4W',
  productenOfDiensten: ['https://producten.overheid.nl/verhuizing-doorgeven'],
  referentieproces: { naam: 'Verhuizing binnen Nederland (GEMMA)' },
  selectielijstProcestype: `${SELECTIELIJST}/procestypen/75252f24-5840-43db-b6fc-04c9f19261b9`,
  statustypen: [
    {
      volgnummer: 1,
      omschrijving: 'Ontvangen',
      statustekst: 'Wij hebben uw melding ontvangen.',
      informeren: true,
    },
    {
      volgnummer: 2,
      omschrijving: 'In behandeling',
      statustekst: 'Een medewerker behandelt uw melding.',
      informeren: false,
    },
    {
      volgnummer: 3,
      omschrijving: 'Wacht op aanvrager',
      statustekst: 'Wij hebben meer informatie van u nodig.',
      informeren: true,
    },
    {
      volgnummer: 4,
      omschrijving: 'Afgehandeld',
      statustekst: 'Uw melding is afgehandeld.',
      informeren: true,
    },
  ],
  resultaattypen: [
    {
      omschrijving: 'Verwerkt',
      resultaattypeomschrijving: `${SELECTIELIJST}/resultaattypeomschrijvingen/fb65d251-1518-4185-865f-b8bdcfad07b1`,
      omschrijvingGeneriek: 'Toegekend',
      selectielijstklasse: `${SELECTIELIJST}/resultaten/0495bb2e-2f23-4026-a484-946ca59cf2f5`,
      archiefnominatie: 'vernietigen',
      archiefactietermijn: 'P5Y',
      brondatumArchiefprocedure: { afleidingswijze: 'afgehandeld', procestermijn: null },
    },
    {
      omschrijving: 'Geweigerd',
      resultaattypeomschrijving: `${SELECTIELIJST}/resultaattypeomschrijvingen/e6a0c939-3404-45b0-88e3-76c94fb80ea7`,
      omschrijvingGeneriek: 'Afgewezen',
      selectielijstklasse: `${SELECTIELIJST}/resultaten/79e3022f-5264-4b09-b4ae-ba7df013feb5`,
      archiefnominatie: 'vernietigen',
      archiefactietermijn: 'P5Y',
      brondatumArchiefprocedure: { afleidingswijze: 'afgehandeld', procestermijn: null },
    },
  ],
  roltypen: [
    { omschrijving: 'Aangever', omschrijvingGeneriek: 'initiator' },
    { omschrijving: 'Meeverhuizer', omschrijvingGeneriek: 'belanghebbende' },
    { omschrijving: 'Behandelaar', omschrijvingGeneriek: 'behandelaar' },
  ],
  eigenschappen: [
    {
      naam: 'verhuisdatum',
      definitie: 'De datum waarop de verhuizing plaatsvindt.',
      formaat: 'datum',
      lengte: '10',
    },
    {
      naam: 'aantal_verhuizers',
      definitie: 'Het aantal personen dat verhuist.',
      formaat: 'getal',
      lengte: '2',
    },
  ],
  informatieobjecttypen: [
    {
      omschrijving: 'Bewijs van bewoning',
      vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
      richting: 'inkomend',
    },
    {
      omschrijving: 'Aanvullend document',
      vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
      richting: 'inkomend',
    },
    { omschrijving: 'Brief', vertrouwelijkheidaanduiding: 'zaakvertrouwelijk', richting: 'uitgaand' },
    {
      omschrijving: 'Scan papieren formulier',
      vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
      richting: 'inkomend',
    },
  ],
  besluittypen: [{ omschrijving: 'Besluit adreswijziging', reactietermijn: 'P6W' }],
  product: {
    code: 'verhuizing-doorgeven',
    naam: { nl: 'Verhuizing doorgeven', en: 'Report a move' },
    beschrijving: {
      nl: 'Geef uw nieuwe adres door, van 4 weken voor tot 5 dagen na uw verhuizing. U kunt uw partner en minderjarige kinderen die met u verhuizen meenemen.',
      en: 'Report your new address, from 4 weeks before to 5 days after your move. You can include your partner and minor children who move with you.',
    },
    doelgroep: 'burger',
    behandelendeGemeente: 'nieuw-adres',
    velden: [
      {
        type: 'meeverhuizers',
        naam: 'meeverhuizers',
        label: { nl: 'Wie verhuizen er met u mee?', en: 'Who is moving with you?' },
      },
      { type: 'adres', naam: 'adres', label: { nl: 'Uw nieuwe adres', en: 'Your new address' } },
      {
        type: 'datum',
        naam: 'verhuisdatum',
        label: { nl: 'Verhuisdatum', en: 'Date of the move' },
        venster: { voor: 'P4W', na: 'P5D' },
        teLaat: 'meldingsdatum',
      },
      {
        type: 'bewijs',
        naam: 'bewijs',
        label: { nl: 'Bewijs van bewoning', en: 'Proof of residence' },
        formaten: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 5 * 1024 * 1024,
        informatieobjecttype: 'Bewijs van bewoning',
        alternatief: 'toestemming-hoofdbewoner',
      },
    ],
    signalen: ['bewoning'],
    bijGoedkeuring: ['brp.verhuizing'],
    statussen: { ontvangen: 1, inBehandeling: 2, wachtOpAanvrager: 3, afgehandeld: 4 },
    resultaten: { toegekend: 'Verwerkt', afgewezen: 'Geweigerd' },
    scanInformatieobjecttype: 'Scan papieren formulier',
    brieven: {
      ontvangst: {
        onderwerp: { nl: 'Ontvangstbevestiging verhuizing', en: 'Receipt of your move' },
        tekst: {
          nl: 'Wij hebben uw verhuizing naar {adres} per {verhuisdatum} ontvangen onder zaaknummer {zaaknummer}. U hoort uiterlijk {einddatum} van ons.',
          en: 'We have received your move to {adres} as of {verhuisdatum} under case number {zaaknummer}. You will hear from us by {einddatum} at the latest.',
        },
      },
      informatieverzoek: {
        onderwerp: { nl: 'Wij hebben meer informatie nodig', en: 'We need more information' },
        tekst: {
          nl: 'Om uw verhuizing (zaak {zaaknummer}) te kunnen verwerken, vragen wij u: {reden} Tot wij uw antwoord hebben, staat de beslistermijn stil (Awb 4:15).',
          en: 'To process your move (case {zaaknummer}) we ask you: {reden} Until we have your answer, the decision term is suspended (Awb 4:15).',
        },
      },
      verlenging: {
        onderwerp: { nl: 'Wij hebben meer tijd nodig', en: 'We need more time' },
        tekst: {
          nl: 'Wij kunnen niet binnen de termijn op uw melding (zaak {zaaknummer}) beslissen. De reden: {reden} U hoort uiterlijk {einddatum} van ons (Awb 4:14).',
          en: 'We cannot decide on your report (case {zaaknummer}) within the term. The reason: {reden} You will hear from us by {einddatum} at the latest (Awb 4:14).',
        },
      },
      goedkeuring: {
        onderwerp: { nl: 'Uw verhuizing is verwerkt', en: 'Your move has been registered' },
        tekst: {
          nl: 'Wij hebben uw nieuwe adres {adres} per {verhuisdatum} in de Basisregistratie Personen opgenomen (zaak {zaaknummer}). Organisaties die uw adres nodig hebben, krijgen het automatisch.',
          en: 'We have registered your new address {adres} as of {verhuisdatum} in the persons registry (case {zaaknummer}). Organisations that need your address receive it automatically.',
        },
      },
      afwijzing: {
        onderwerp: { nl: 'Besluit over uw verhuizing', en: 'Decision on your move' },
        tekst: {
          nl: 'Wij kunnen uw verhuizing naar {adres} niet verwerken (zaak {zaaknummer}). De reden: {reden} Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de dag van verzending bezwaar maken (Awb 6:7).',
          en: 'We cannot register your move to {adres} (case {zaaknummer}). The reason: {reden} If you disagree with this decision, you can object within 6 weeks after the day it was sent (Awb 6:7).',
        },
      },
    },
  },
};
