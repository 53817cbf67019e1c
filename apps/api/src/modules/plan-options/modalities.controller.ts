import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { MODALITY_CATALOGUE, RULE_SET_VERSION } from '@consilium/plan-builder';
import { Authenticated } from '@api/auth/decorators';

import { ModalityCatalogueDto, toModalityCatalogueDto } from './dto/plan-options.dto';

@ApiTags('plans')
@Controller('modalities')
export class ModalitiesController {
  // Any signed-in user: the catalogue holds no patient data, and admins tuning the thresholds need it.
  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The documented modalities (and agents) a proposal may use' })
  @ApiOkResponse({ type: ModalityCatalogueDto })
  list(): ModalityCatalogueDto {
    return toModalityCatalogueDto(MODALITY_CATALOGUE, RULE_SET_VERSION);
  }
}
