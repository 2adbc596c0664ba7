import type { CollectionRecord } from '../../shared/domain/collections.ts';

/**
 * The base demo's Chinese customers (chineseCompanies' first six, in order: 上海, 杭州, 苏州,
 * 南京, 宁波, 无锡), each in the city its name says, with its own switchboard number.
 */
export const chineseAddresses: ReadonlyArray<
  Pick<CollectionRecord<'accounts'>, 'address' | 'country' | 'phone'>
> = [
  {
    country: 'CN',
    phone: '+86 21 5080 3316',
    address: {
      line1: '浦东新区张江路 88 号',
      city: '上海',
      region: '上海',
      postalCode: '201203',
      country: 'CN',
    },
  },
  {
    country: 'CN',
    phone: '+86 571 8677 2045',
    address: {
      line1: '余杭区文一西路 969 号',
      city: '杭州',
      region: '浙江',
      postalCode: '311121',
      country: 'CN',
    },
  },
  {
    country: 'CN',
    phone: '+86 512 6258 1190',
    address: {
      line1: '工业园区星湖街 328 号',
      city: '苏州',
      region: '江苏',
      postalCode: '215123',
      country: 'CN',
    },
  },
  {
    country: 'CN',
    phone: '+86 25 8471 6620',
    address: {
      line1: '江宁区秣周东路 12 号',
      city: '南京',
      region: '江苏',
      postalCode: '211111',
      country: 'CN',
    },
  },
  {
    country: 'CN',
    phone: '+86 574 8735 4410',
    address: {
      line1: '北仑区明州路 568 号',
      city: '宁波',
      region: '浙江',
      postalCode: '315800',
      country: 'CN',
    },
  },
  {
    country: 'CN',
    phone: '+86 510 8522 7031',
    address: {
      line1: '新吴区长江路 21 号',
      city: '无锡',
      region: '江苏',
      postalCode: '214028',
      country: 'CN',
    },
  },
];
/** Its Western customers (westernCompanies' first four), abroad: their quotes are exports. */
export const westernAddresses: ReadonlyArray<
  Pick<CollectionRecord<'accounts'>, 'address' | 'country' | 'phone' | 'website'>
> = [
  {
    country: 'DE',
    phone: '+49 40 3861 2200',
    website: 'https://nordlicht-logistics.example',
    address: { line1: 'Am Sandtorkai 48', city: 'Hamburg', postalCode: '20457', country: 'DE' },
  },
  {
    country: 'US',
    phone: '+1 312 555 0148',
    website: 'https://atlas-retail.example',
    address: {
      line1: '233 S Wacker Dr, Suite 4100',
      city: 'Chicago',
      region: 'IL',
      postalCode: '60606',
      country: 'US',
    },
  },
  {
    country: 'GB',
    phone: '+44 161 555 0123',
    website: 'https://bluewave-foods.example',
    address: {
      line1: '1 Spinningfields',
      city: 'Manchester',
      postalCode: 'M3 3JE',
      country: 'GB',
    },
  },
  {
    country: 'CH',
    phone: '+41 61 555 01 77',
    website: 'https://helix-pharma.example',
    address: { line1: 'Aeschenvorstadt 71', city: 'Basel', postalCode: '4051', country: 'CH' },
  },
];
