import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

import { ErrorResponseDto } from '../common/error-response.dto';
import { actorOf, Ctx, type RequestContext } from '../common/request-context';
import { UsersService } from '../modules/users/users.service';
import { AuthService } from './auth.service';
import { Authenticated, Public } from './decorators';
import { LoginDto, LoginResponseDto, MeDto, toMeDto } from './dto/login.dto';
import { LoginGuard } from './guards';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Post('login')
  @Public()
  @UseGuards(LoginGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange email and password for an access token' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiUnauthorizedResponse({
    type: ErrorResponseDto,
    description: 'Unknown email or wrong password (same answer)',
  })
  @ApiTooManyRequestsResponse({
    type: ErrorResponseDto,
    description: 'Too many failed logins for the account or address',
  })
  async login(@Ctx() ctx: RequestContext, @Body() _dto: LoginDto): Promise<LoginResponseDto> {
    const user = actorOf(ctx);
    const { accessToken, expiresIn } = this.auth.issueToken(user);
    return { accessToken, tokenType: 'Bearer', expiresIn, user: await this.me(ctx) };
  }

  @Get('me')
  @Authenticated()
  @ApiOperation({ summary: 'The signed-in user, with their permissions' })
  @ApiOkResponse({ type: MeDto })
  async me(@Ctx() ctx: RequestContext): Promise<MeDto> {
    return toMeDto(await this.users.get(actorOf(ctx).id));
  }
}
