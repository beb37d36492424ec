// The table of type models the engine runs: adding a matchable type is one row here.
import type { TypeModel } from './model';
import { accountModel, firearmModel, phoneModel, vehicleModel } from './objects';
import { personModel } from './person';
import { addressModel, dealerModel, organisationModel } from './places';
import type { MatchableType } from './types';

export const MODELS: Record<MatchableType, TypeModel<unknown>> = {
  person: personModel as TypeModel<unknown>,
  organisation: organisationModel as TypeModel<unknown>,
  dealer: dealerModel as TypeModel<unknown>,
  phone: phoneModel as TypeModel<unknown>,
  address: addressModel as TypeModel<unknown>,
  firearm: firearmModel as TypeModel<unknown>,
  vehicle: vehicleModel as TypeModel<unknown>,
  account: accountModel as TypeModel<unknown>,
};
