import { MODALITY_CATALOGUE, RULE_SET_VERSION } from '@consilium/plan-builder';
import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../auth/decorators';
import { ModalityCatalogueDto } from './dto/plan-options.dto';

@ApiTags('plans')
@Controller('modalities')
export class ModalitiesController {
  // Any signed-in user: the catalogue holds no patient data, and admins tuning the thresholds need it.
  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The documented modalities (and agents) a proposal may use' })
  @ApiOkResponse({ type: ModalityCatalogueDto })
  list(): ModalityCatalogueDto {
    return {
      ruleSetVersion: RULE_SET_VERSION,
      items: MODALITY_CATALOGUE.map((m) => ({
        code: m.code,
        name: m.name,
        description: m.description,
        agents: m.agents.map((a) => ({ code: a.code, name: a.name, agentClass: a.agentClass })),
      })),
    };
  }
}
